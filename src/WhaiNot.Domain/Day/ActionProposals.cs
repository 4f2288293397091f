using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Reports;
using WhaiNot.Domain.Texts;

namespace WhaiNot.Domain.Day;

/// <summary>
/// Actions from a validated report: the sentences of the template's agreements sections
/// (<see cref="AgreementSections"/>) are proposed, each with its source; only a sentence the worker
/// confirms becomes an action, with the actor and due date the worker gives. No date is read from
/// the sentence: a due date is always the worker's.
/// </summary>
public static class ActionProposals
{
    /// <summary>The proposals of this validated version, in report order.</summary>
    /// <exception cref="ConflictRefusal">The version is not validated.</exception>
    public static IReadOnlyList<ProposedAction> From(ReportVersion version, Draft content, IEnumerable<FollowUpAction> existing)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(existing);
        EnsureValidated(version);
        var taken = existing.Select(a => a.Source).OfType<ActionSource>().ToHashSet();
        return content.Sections
            .Where(s => AgreementSections.Contains(version.TemplateId, s.Id))
            .SelectMany(s => s.Sentences.Select((sentence, index) => (Section: s, Sentence: sentence, Index: index)))
            .Where(x => x.Sentence.Text.Trim().Length > 0)
            .Select(x =>
            {
                var source = new ActionSource(version.ReportId, version.Version, x.Section.Id, x.Index);
                return new ProposedAction(source, x.Section.Heading, x.Sentence.Text.Trim(), AgreementSections.SuggestedActor(version.TemplateId, x.Section.Id), taken.Contains(source));
            })
            .ToList();
    }

    /// <summary>
    /// The action the worker confirms from a proposal. <paramref name="what"/> is the worker's wording;
    /// null keeps the report's sentence.
    /// </summary>
    /// <exception cref="ConflictRefusal">The version is not validated, or this sentence is already an action.</exception>
    /// <exception cref="InvalidRequestRefusal">The source is not a sentence of this version's agreements.</exception>
    public static FollowUpAction TakeOver(
        ReportVersion version,
        Draft content,
        ActionSource source,
        ActionActor who,
        string? what,
        DateOnly? dueOn,
        IEnumerable<FollowUpAction> existing,
        DateTimeOffset now,
        Guid by)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(existing);
        EnsureValidated(version);
        if (source.ReportId != version.ReportId || source.ReportVersion != version.Version || !AgreementSections.Contains(version.TemplateId, source.SectionId))
        {
            throw new InvalidRequestRefusal(DayTexts.NotAnAgreement);
        }

        var section = content.Sections.FirstOrDefault(s => s.Id == source.SectionId);
        if (section is null || source.SentenceIndex < 0 || source.SentenceIndex >= section.Sentences.Count || section.Sentences[source.SentenceIndex].Text.Trim().Length == 0)
        {
            throw new InvalidRequestRefusal(DayTexts.SentenceNotFound);
        }

        if (existing.Any(a => a.Source == source))
        {
            throw new ConflictRefusal(DayTexts.AlreadyTakenOver);
        }

        return FollowUpAction.Create(version.DossierId, version.TeamId, who, what ?? section.Sentences[source.SentenceIndex].Text, dueOn, source, now, by);
    }

    private static void EnsureValidated(ReportVersion version)
    {
        if (!version.IsValidated)
        {
            throw new ConflictRefusal(DayTexts.ReportNotValidated);
        }
    }
}
