using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using WhaiNot.Application.Conversations;
using WhaiNot.Application.Settings;
using WhaiNot.Documents;
using WhaiNot.Domain.Access;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Conversations;
using WhaiNot.Domain.Dossiers;
using WhaiNot.Domain.Ocmw;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Texts;
using WhaiNot.Domain.Transcripts;
using WhaiNot.Speech.Audio;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Governance;

/// <summary>
/// The client's right of access (GDPR art. 15) and to a copy (art. 20): everything the box holds
/// about one client, as one zip with a Dutch PDF summary, a JSON of all of it and the audio still
/// held. Made on the client's request by the team lead of the dossier's team or by the DPO, and
/// audited with the channel the request came through. Rectification goes through a report
/// revision; the package says how.
/// </summary>
public sealed class ClientExportService(
    DossierRepository dossiers,
    ConversationRepository conversations,
    ConversationKeyVault keys,
    AudioChunkStore audio,
    TranscriptStore transcripts,
    ReportRepository reports,
    KeptFragmentStore fragments,
    NotesService notes,
    OcmwProfileStore ocmwProfile,
    AuditLog audit,
    TimeProvider time,
    ApplianceTimeZone timeZone,
    IOptions<ApplianceOptions> options)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <exception cref="NotFoundRefusal">No such dossier.</exception>
    /// <exception cref="NotAllowedRefusal">Not the DPO, nor the team lead of the dossier's team (audited).</exception>
    /// <exception cref="InvalidRequestRefusal">No or an unknown request channel.</exception>
    public ClientExport Export(UserAccount user, Guid dossierId, string? channelName)
    {
        ArgumentNullException.ThrowIfNull(user);
        var dossier = dossiers.Find(dossierId) ?? throw new NotFoundRefusal(AccessTexts.DossierNotFound);
        if (!AccessPolicy.CanExportClientData(user, dossier))
        {
            audit.Append(user.Username, AuditAction.DossierDenied, AuditTargets.Dossier(dossierId), "export");
            throw new NotAllowedRefusal(AccessTexts.Forbidden);
        }

        if (!RevocationChannels.TryParse(channelName, out var channel))
        {
            throw new InvalidRequestRefusal("Zeg langs welk kanaal de cliënt dit vroeg: channel=gesprek, telefoon, email of formulier.");
        }

        var now = time.GetUtcNow();
        var held = conversations.ListForClient(dossier.ClientId).Where(c => c.DossierId == dossier.Id).OrderBy(c => c.CreatedAt).ToList();
        var revocations = conversations.RevocationsFor(dossier.ClientId).Where(r => r.DossierId == dossier.Id).ToList();
        var wavs = new List<(string Name, byte[] Bytes)>();
        var conversationParts = new List<object>();
        var reportParts = new List<object>();
        var summaryLines = new List<string>();
        var transcriptCount = 0;
        var targets = new HashSet<string>(StringComparer.Ordinal)
        {
            AuditTargets.Dossier(dossier.Id),
            "client:" + dossier.ClientId.ToString("N"),
        };
        foreach (var revocation in revocations)
        {
            targets.Add("revocation:" + revocation.Id.ToString("N"));
        }

        foreach (var conversation in held)
        {
            targets.Add(AuditTargets.Conversation(conversation.Id));
            var keyHeld = keys.Exists(conversation.Id);
            var segments = keyHeld ? SegmentsOrNone(conversation.Id) : [];
            var kept = keyHeld ? [] : fragments.For(conversation.Id);
            var pcm = keyHeld ? AudioOrNone(conversation.Id) : [];
            if (pcm.Length > 0)
            {
                wavs.Add(($"audio/{conversation.Id:N}.wav", Pcm16Wav.Mono16k(pcm)));
            }

            if (segments.Count > 0)
            {
                transcriptCount++;
            }

            var versions = reports.ForConversation(conversation.Id).SelectMany(r => reports.Versions(r.ReportId)).ToList();
            foreach (var version in versions)
            {
                targets.Add("report:" + version.ReportId.ToString("N"));
                if (version.IsValidated)
                {
                    reportParts.Add(new
                    {
                        reportId = version.ReportId,
                        version = version.Version,
                        conversationId = version.ConversationId,
                        template = version.TemplateId + " " + version.TemplateVersion,
                        engine = version.Engine.Name,
                        validatedAt = version.ValidatedAt,
                        validatedBy = version.ValidatedBy,
                        sha256 = version.ContentSha256,
                        content = JsonDocument.Parse(reports.Content(version.ReportId, version.Version)).RootElement,
                    });
                }
            }

            var decisions = conversations.DecisionsFor(conversation.Id);
            conversationParts.Add(new
            {
                id = conversation.Id,
                kind = conversation.Kind.ToName(),
                createdAt = conversation.CreatedAt,
                endedAt = conversation.EndedAt,
                reportValidatedAt = conversation.ReportValidatedAt,
                consentDecisions = decisions.Select(d => new { recordedAt = d.RecordedAt, recording = d.Recording, transcription = d.Transcription, aiDrafting = d.AiDrafting }),
                audioHeld = pcm.Length > 0,
                audioFile = pcm.Length > 0 ? $"audio/{conversation.Id:N}.wav" : null,
                transcript = segments.Select(Segment),
                keptFragments = kept.Select(Segment),
                notes = notes.Open(dossier.Id, conversation.Id),
                reportVersions = versions.Select(v => new { reportId = v.ReportId, version = v.Version, status = v.IsValidated ? "validated" : "draft", createdAt = v.CreatedAt }),
            });
            var consent = conversation.Consent is { } c ? ClientExportTexts.Consent(c.Recording, c.Transcription, c.AiDrafting) : ClientExportTexts.NoConsentYet;
            summaryLines.Add(ClientExportTexts.ConversationLine(Date(conversation.CreatedAt), conversation.IsDictation, consent, ClientExportTexts.Held(pcm.Length > 0, segments.Count > 0, kept.Count)));
        }

        var entries = audit.About(t => targets.Contains(t) || targets.Contains(ReportTarget(t)));
        var ocmw = OcmwForDocuments();
        var data = new
        {
            madeAt = now,
            ocmw = ocmw.Name,
            requestChannel = channel.Value.ToName(),
            rectification = ClientExportTexts.RectificationText,
            dossier = new
            {
                id = dossier.Id,
                reference = dossier.Reference,
                openedAt = dossier.OpenedAt,
                legalHold = dossier.LegalHold,
                client = new { fullName = dossier.Client.FullName, nationalRegisterNumber = dossier.Client.NationalRegisterNumber, birthDate = dossier.Client.BirthDate },
            },
            conversations = conversationParts,
            revocations = revocations.Select(r => new { id = r.Id, channel = r.Channel.ToName(), effectiveAt = r.EffectiveAt, legalHold = r.LegalHold }),
            validatedReports = reportParts,
            audit = entries.Select(e => new { sequence = e.Sequence, time = e.Time, actor = e.Actor, action = e.Action, target = e.Target, outcome = e.Outcome }),
        };

        var pdf = PdfRenderer.Render(Summary(dossier, ocmw, now, summaryLines, revocations, reportParts.Count, entries.Count));
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "overzicht.pdf", pdf);
            Add(archive, "gegevens.json", JsonSerializer.SerializeToUtf8Bytes(data, Json));
            foreach (var (name, bytes) in wavs)
            {
                Add(archive, name, bytes);
            }
        }

        audit.Append(user.Username, AuditAction.DossierExport, AuditTargets.Dossier(dossier.Id),
            $"channel={channel.Value.ToName()};conversations={held.Count};audio={wavs.Count};transcripts={transcriptCount};reports={reportParts.Count};auditEntries={entries.Count}");
        return new ClientExport(zip.ToArray(), $"gegevens-{dossier.Reference}.zip", held.Count, wavs.Count, transcriptCount, reportParts.Count, entries.Count);
    }

    private OcmwDocument Summary(Dossier dossier, OcmwProfile ocmw, DateTimeOffset now, List<string> conversationLines, IReadOnlyList<Revocation> revocations, int reportCount, int auditCount)
    {
        string Fill(string text) => text.Replace("{ocmw}", ocmw.Name, StringComparison.Ordinal).Replace("{count}", auditCount.ToString(Dutch), StringComparison.Ordinal);
        var birth = dossier.Client.BirthDate is { } b ? b.ToString("d MMMM yyyy", Dutch) : "";
        return new OcmwDocument
        {
            Title = ClientExportTexts.Title,
            Metadata = [$"Datum: {Date(now)}", $"Dossier: {dossier.Reference}", ocmw.Name],
            Blocks =
            [
                new Paragraph(Fill(ClientExportTexts.Intro)),
                new Heading(ClientExportTexts.AboutYou),
                new KeyValueTable(
                [
                    new KeyValueRow("Naam", dossier.Client.FullName),
                    new KeyValueRow("Rijksregisternummer", NationalNumberMask.Formatted(dossier.Client.NationalRegisterNumber)),
                    .. birth.Length > 0 ? new[] { new KeyValueRow("Geboortedatum", birth) } : [],
                    new KeyValueRow("Dossier geopend op", Date(dossier.OpenedAt)),
                ]),
                new Heading(ClientExportTexts.Conversations),
                conversationLines.Count > 0 ? new BulletList(conversationLines) : new Paragraph(ClientExportTexts.NoConversations),
                new Heading(ClientExportTexts.Revocations),
                revocations.Count > 0
                    ? new BulletList(revocations.Select(r => $"{Date(r.EffectiveAt)}, via {r.Channel.Describe()}."))
                    : new Paragraph(ClientExportTexts.NoRevocations),
                new Heading(ClientExportTexts.Reports),
                new Paragraph(reportCount > 0 ? $"Er {(reportCount == 1 ? "is 1 gevalideerde versie" : $"zijn {reportCount} gevalideerde versies")} van een verslag. De volledige tekst staat in gegevens.json." : ClientExportTexts.NoReports),
                new Heading(ClientExportTexts.Access),
                new Paragraph(Fill(ClientExportTexts.AccessSummary)),
                new Heading(ClientExportTexts.Rectification),
                new Paragraph(ClientExportTexts.RectificationText),
                new Paragraph(Fill(ClientExportTexts.Questions)),
            ],
            Footer = ocmw.Name,
            Logo = ocmw.Logo,
        };
    }

    /// <summary>The client's right doesn't wait for the functional admin's letterhead: without a profile, the configured name.</summary>
    private OcmwProfile OcmwForDocuments()
    {
        var profile = ocmwProfile.Get();
        return profile.IsComplete ? profile : OcmwProfile.Empty with { Name = options.Value.OcmwName };
    }

    private string Date(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, timeZone.Zone).ToString("d MMMM yyyy", Dutch).Replace(' ', '\u00A0');

    /// <summary>"report:(N):(version)" → "report:(N)", so every version's entries count.</summary>
    private static string ReportTarget(string target) =>
        target.StartsWith("report:", StringComparison.Ordinal) && target.LastIndexOf(':') > "report:".Length ? target[..target.LastIndexOf(':')] : target;

    private static object Segment(TranscriptSegment s) => new { id = s.Id, start = s.Start, end = s.End, speaker = SpeakerNames.Of(s.Speaker), text = s.Text };

    /// <summary>The transcript, or none when the key went between the check and the read (a revocation at that moment).</summary>
    private IReadOnlyList<TranscriptSegment> SegmentsOrNone(Guid conversationId)
    {
        try
        {
            return transcripts.Segments(conversationId);
        }
        catch (ContentDestroyedException)
        {
            return [];
        }
    }

    private byte[] AudioOrNone(Guid conversationId)
    {
        try
        {
            return audio.ReadRange(conversationId, 0, null);
        }
        catch (ContentDestroyedException)
        {
            return [];
        }
    }

    private static void Add(ZipArchive archive, string name, byte[] bytes)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(bytes);
    }
}
