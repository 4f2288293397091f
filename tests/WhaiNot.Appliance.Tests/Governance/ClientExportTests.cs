using System.IO.Compression;
using System.Text;
using System.Text.Json;
using UglyToad.PdfPig;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Conversations;
using WhaiNot.Domain.Refusals;

namespace WhaiNot.Appliance.Tests.Governance;

/// <summary>
/// The client's export package: it opens (PDF and JSON read back), holds every listed part, and
/// holds nothing of another client of the same team.
/// </summary>
public sealed class ClientExportTests : IDisposable
{
    private readonly GovernanceBox _box = new();

    public void Dispose() => _box.Dispose();

    [Fact]
    public void Export_ShouldHoldEveryPart_AndNothingOfAnotherClient()
    {
        var els = _box.Dossier("Els Janssens", "85072012345");
        var jan = _box.Dossier("Jan Peeters", "70010100123");
        var withAudio = _box.Conversation(els, "Ik huur een studio in de Kerkstraat.", "ELS-AUDIO");
        var validated = _box.Conversation(els, "Mijn dochter gaat naar school.", "ELS-OLD-AUDIO");
        var report = _box.ValidatedReport(validated, "Mevrouw heeft een dochter die schoolloopt.");
        _box.Retention.Run();
        var revocation = RevocationRules.Revoke(els, _box.Store.Conversations.ListForClient(els.ClientId), null, RevocationChannel.Email, _box.Clock.GetUtcNow(), _box.Worker.Id);
        _box.Store.Conversations.AddRevocation(revocation);
        var other = _box.Conversation(jan, "Ik werk als lasser bij Atlas.", "JAN-AUDIO");
        _box.ValidatedReport(other, "Meneer werkt als lasser.");
        _box.Store.Audit.Append(_box.Worker.Username, AuditAction.DossierRead, AuditTargets.Dossier(els.Id));
        _box.Store.Audit.Append(_box.Worker.Username, AuditAction.DossierRead, AuditTargets.Dossier(jan.Id));

        var package = _box.Export().Export(_box.Lead, els.Id, "email");

        using var zip = new ZipArchive(new MemoryStream(package.Zip));
        Assert.Equal(
            new[] { "audio/" + withAudio.Id.ToString("N") + ".wav", "gegevens.json", "overzicht.pdf" },
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        var pdf = PdfText(Read(zip, "overzicht.pdf"));
        Assert.Contains("Overzicht van uw gegevens", pdf, StringComparison.Ordinal);
        Assert.Contains("Els Janssens", pdf, StringComparison.Ordinal);
        Assert.Contains("nieuwe versie van het verslag", pdf, StringComparison.Ordinal);
        Assert.Contains("De opname en het uitschrift zijn gewist", pdf, StringComparison.Ordinal);
        var wav = Read(zip, "audio/" + withAudio.Id.ToString("N") + ".wav");
        Assert.Equal("RIFF", Encoding.ASCII.GetString(wav, 0, 4));
        Assert.Equal("ELS-AUDIOELS-AUDIO", Encoding.UTF8.GetString(wav, 44, wav.Length - 44));

        using var json = JsonDocument.Parse(Read(zip, "gegevens.json"));
        var root = json.RootElement;
        Assert.Equal("email", root.GetProperty("requestChannel").GetString());
        Assert.Equal("85072012345", root.GetProperty("dossier").GetProperty("client").GetProperty("nationalRegisterNumber").GetString());
        var conversations = root.GetProperty("conversations").EnumerateArray().ToList();
        Assert.Equal(2, conversations.Count);
        var first = conversations.Single(c => c.GetProperty("id").GetGuid() == withAudio.Id);
        Assert.True(first.GetProperty("audioHeld").GetBoolean());
        Assert.Equal("Ik huur een studio in de Kerkstraat.", first.GetProperty("transcript")[0].GetProperty("text").GetString());
        Assert.True(first.GetProperty("consentDecisions")[0].GetProperty("aiDrafting").GetBoolean());
        var second = conversations.Single(c => c.GetProperty("id").GetGuid() == validated.Id);
        Assert.False(second.GetProperty("audioHeld").GetBoolean());
        Assert.Equal(0, second.GetProperty("transcript").GetArrayLength());
        Assert.Equal("email", root.GetProperty("revocations")[0].GetProperty("channel").GetString());
        var validatedReport = Assert.Single(root.GetProperty("validatedReports").EnumerateArray());
        Assert.Equal(report.ReportId, validatedReport.GetProperty("reportId").GetGuid());
        Assert.Contains("schoolloopt", validatedReport.GetProperty("content").GetRawText(), StringComparison.Ordinal);
        var audit = root.GetProperty("audit").EnumerateArray().Select(e => e.GetProperty("target").GetString()).ToList();
        Assert.Contains(AuditTargets.Dossier(els.Id), audit);
        Assert.Contains(AuditTargets.Conversation(validated.Id), audit);
        Assert.Contains(root.GetProperty("rectification").GetString()!, pdf.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);

        // Nothing of Jan: not his name, number, words, audio, ids.
        var all = string.Join("\n", zip.Entries.Where(e => e.FullName != "overzicht.pdf").Select(e => Encoding.UTF8.GetString(Read(zip, e.FullName)))) + pdf;
        foreach (var needle in new[] { "Jan Peeters", "70010100123", "lasser", "Atlas", "JAN-AUDIO", jan.Id.ToString("N"), jan.Id.ToString(), other.Id.ToString(), other.Id.ToString("N") })
        {
            Assert.DoesNotContain(needle, all, StringComparison.Ordinal);
        }

        var exported = _box.Store.Audit.Read(0, 10_000).Last();
        Assert.Equal(AuditAction.DossierExport, exported.Action);
        Assert.Equal(AuditTargets.Dossier(els.Id), exported.Target);
        Assert.StartsWith("channel=email;conversations=2;audio=1;transcripts=1;reports=1", exported.Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_ShouldBeForTheDpoOrTheTeamLeadOfTheTeam_WithAChannel()
    {
        var els = _box.Dossier("Els Janssens", "85072012345");
        var otherLead = _box.User("zoe", Role.TeamLead, _box.Store.Accounts.AddTeam("Zuid").Id);

        Assert.NotEmpty(_box.Export().Export(_box.Dpo, els.Id, "gesprek").Zip);
        Assert.Throws<NotAllowedRefusal>(() => _box.Export().Export(_box.Worker, els.Id, "gesprek"));
        Assert.Throws<NotAllowedRefusal>(() => _box.Export().Export(otherLead, els.Id, "gesprek"));
        Assert.Throws<InvalidRequestRefusal>(() => _box.Export().Export(_box.Lead, els.Id, null));
        Assert.Throws<NotFoundRefusal>(() => _box.Export().Export(_box.Lead, Guid.NewGuid(), "gesprek"));
        Assert.Equal(2, _box.Store.Audit.Read(0, 10_000).Count(e => e.Action == AuditAction.DossierDenied && e.Target == AuditTargets.Dossier(els.Id)));
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}
