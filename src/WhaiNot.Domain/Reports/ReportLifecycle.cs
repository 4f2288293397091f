using System.Security.Cryptography;
using System.Text;
using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Templates;
using WhaiNot.Domain.Texts;

namespace WhaiNot.Domain.Reports;

/// <summary>
/// The report's lifecycle: draft → edited (any number of saves) → validated (locked, hashed) →
/// revision (a new draft version; the validated one stays as it was). Validation is refused while a
/// sentence does not rest on the conversation or a section only the worker writes is empty. The
/// source verifier (Drafting) decides which sentences are unsupported; this class decides what that
/// means for the report.
/// </summary>
public static class ReportLifecycle
{
    /// <summary>A validated version never changes.</summary>
    /// <exception cref="ConflictRefusal">The version is validated.</exception>
    public static void EnsureEditable(ReportVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (version.IsValidated)
        {
            throw new ConflictRefusal(ReportTexts.Locked);
        }
    }

    /// <summary>
    /// The worker's submitted content in the shape the report keeps: the template's sections in its
    /// order (else refused), the template's headings, empty sentences dropped, text trimmed, and a
    /// sentence without sources marked as the worker's own (manual). The result still has to pass the
    /// source verifier, which sets the status of every sentence that cites the transcript.
    /// </summary>
    /// <exception cref="InvalidRequestRefusal">The sections are not the template's, in its order.</exception>
    public static Draft Edited(Draft submitted, DraftTemplate template, ReportVersion version, string transcriptId)
    {
        ArgumentNullException.ThrowIfNull(submitted);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(version);
        if (!submitted.Sections.Select(s => s.Id).SequenceEqual(template.Sections.Select(s => s.Id)))
        {
            throw new InvalidRequestRefusal(ReportTexts.WrongSections(template.Id, template.Version, template.Sections.Select(s => s.Id)));
        }

        if (submitted.Sections.FirstOrDefault(s => s.NotApplicable && s.Sentences.Any(t => t.Text.Trim().Length > 0)) is { } both)
        {
            throw new InvalidRequestRefusal(ReportTexts.NotApplicableWithText(template.Section(both.Id)!.Heading));
        }

        return submitted with
        {
            Template = new TemplateReference(version.TemplateId, version.TemplateVersion),
            TranscriptId = transcriptId,
            Engine = new EngineInfo(version.Engine.Name, version.Engine.Model, version.Engine.ModelSha256),
            Sections = submitted.Sections.Select(s => s with
            {
                Heading = template.Section(s.Id)!.Heading,
                HumanOnly = template.Section(s.Id)!.HumanOnly,
                Sentences = s.Sentences.Where(t => t.Text.Trim().Length > 0)
                    .Select(t => t.Sources.Count == 0 ? new DraftSentence(t.Text.Trim(), [], SentenceStatus.Manual) : new DraftSentence(t.Text.Trim(), t.Sources))
                    .ToList(),
            }).ToList(),
        };
    }

    /// <summary>The sentences that do not rest on the conversation, with the section they stand in.</summary>
    public static IReadOnlyList<(DraftSection Section, DraftSentence Sentence)> Unsupported(Draft content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content.Sections
            .SelectMany(s => s.Sentences.Select(t => (Section: s, Sentence: t)))
            .Where(x => x.Sentence.Status == SentenceStatus.Unsupported)
            .ToList();
    }

    /// <summary>
    /// The required sections that are still open: no sentence and no explicit "niet van toepassing"
    /// by the worker. An engine that found nothing for a section leaves it empty, and empty must not
    /// slip through validation as if the worker had decided it.
    /// </summary>
    public static IReadOnlyList<TemplateSection> OpenRequiredSections(Draft content, DraftTemplate template)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(template);
        return template.Sections
            .Where(s => s.Required && IsOpen(content.Sections.FirstOrDefault(c => c.Id == s.Id)))
            .ToList();
    }

    /// <summary>What still stands in the way of validating this content, in Dutch; empty when it may be validated.</summary>
    public static IReadOnlyList<string> ValidationBlockers(Draft content, DraftTemplate template)
    {
        var blockers = new List<string>();
        var unsupported = Unsupported(content);
        if (unsupported.Count > 0)
        {
            blockers.Add(ReportTexts.UnsupportedRemain(unsupported.Count, unsupported.Select(x => x.Section.Heading).Distinct()));
        }

        var open = OpenRequiredSections(content, template);
        if (open.Where(s => s.HumanOnly).ToList() is { Count: > 0 } worker)
        {
            blockers.Add(ReportTexts.WorkerSectionsEmpty(worker.Select(s => s.Heading)));
        }

        if (open.Where(s => !s.HumanOnly).ToList() is { Count: > 0 } others)
        {
            blockers.Add(ReportTexts.RequiredSectionsOpen(others.Select(s => s.Heading)));
        }

        return blockers;
    }

    /// <summary>Checks that this version may be validated with this content.</summary>
    /// <exception cref="ConflictRefusal">Already validated, or a blocker remains (the first one is the reason).</exception>
    public static void EnsureMayValidate(ReportVersion version, Draft content, DraftTemplate template)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (version.IsValidated)
        {
            throw new ConflictRefusal(ReportTexts.AlreadyValidated);
        }

        if (ValidationBlockers(content, template) is [var first, ..])
        {
            throw new ConflictRefusal(first);
        }
    }

    /// <summary>How much of the engine's draft the worker changed; null on the alternative path (no engine draft).</summary>
    public static double? EditRatioOf(Draft? engineDraft, Draft content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return engineDraft is null ? null : EditRatio.Between(Text(engineDraft), Text(content));
    }

    /// <summary>The lock hash recorded at validation: SHA-256 (lower-case hex) of the validated content as stored.</summary>
    public static string LockHash(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    /// <summary>The next version after a validated one: a draft by this worker, same template and engine.</summary>
    /// <exception cref="ConflictRefusal">The latest version is still a draft.</exception>
    public static ReportVersion Revision(ReportVersion latest, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(latest);
        if (!latest.IsValidated)
        {
            throw new ConflictRefusal(ReportTexts.LatestIsDraft);
        }

        return latest with
        {
            Version = latest.Version + 1,
            Status = ReportStatus.Draft,
            CreatedAt = at,
            CreatedBy = by,
            ValidatedAt = null,
            ValidatedBy = null,
            ContentSha256 = null,
            EditRatio = null,
            EngineSentences = 0,
            UnsupportedAtGeneration = 0,
        };
    }

    private static bool IsOpen(DraftSection? section) => section is null || (section.Sentences.Count == 0 && !section.NotApplicable);

    private static string Text(Draft draft) => string.Join('\n', draft.Sections.SelectMany(s => s.Sentences).Select(s => s.Text));
}
