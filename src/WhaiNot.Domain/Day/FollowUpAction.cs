using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Texts;

namespace WhaiNot.Domain.Day;

/// <summary>
/// Something agreed that someone has to do (the worker, the client or a third party), open until the
/// worker marks it done. Only a worker creates one, by hand or by confirming a proposal from a
/// validated report; the due date is always the worker's, never an engine's.
/// </summary>
/// <param name="What">What is to be done (client content).</param>
/// <param name="DueOn">The Belgian date it is due, when the worker gave one.</param>
/// <param name="Source">The report sentence it was taken over from; null when added by hand.</param>
public sealed record FollowUpAction(
    Guid Id,
    Guid DossierId,
    Guid TeamId,
    ActionActor Who,
    string What,
    DateOnly? DueOn,
    ActionSource? Source,
    DateTimeOffset CreatedAt,
    Guid CreatedBy,
    DateTimeOffset? DoneAt = null,
    Guid? DoneBy = null)
{
    public const int MaxLength = 500;

    public bool IsDone => DoneAt is not null;

    /// <summary>A new open action.</summary>
    /// <exception cref="InvalidRequestRefusal">No text, or too long.</exception>
    public static FollowUpAction Create(Guid dossierId, Guid teamId, ActionActor who, string what, DateOnly? dueOn, ActionSource? source, DateTimeOffset now, Guid by) =>
        new(Guid.NewGuid(), dossierId, teamId, who, Checked(what), dueOn, source, now, by);

    /// <summary>Open and due on or before <paramref name="today"/>.</summary>
    public bool IsDueBy(DateOnly today) => !IsDone && DueOn <= today;

    /// <exception cref="ConflictRefusal">Already done.</exception>
    public FollowUpAction MarkedDone(DateTimeOffset at, Guid by) =>
        IsDone ? throw new ConflictRefusal(DayTexts.ActionAlreadyDone) : this with { DoneAt = at, DoneBy = by };

    /// <exception cref="ConflictRefusal">Still open.</exception>
    public FollowUpAction Reopened() =>
        IsDone ? this with { DoneAt = null, DoneBy = null } : throw new ConflictRefusal(DayTexts.ActionStillOpen);

    private static string Checked(string what)
    {
        var text = what?.Trim() ?? "";
        if (text.Length == 0)
        {
            throw new InvalidRequestRefusal(DayTexts.ActionWhatRequired);
        }

        return text.Length > MaxLength ? throw new InvalidRequestRefusal(DayTexts.ActionWhatTooLong(MaxLength)) : text;
    }
}
