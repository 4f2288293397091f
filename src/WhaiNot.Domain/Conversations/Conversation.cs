using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Texts;

namespace WhaiNot.Domain.Conversations;

/// <summary>
/// One conversation with a client (or a dictation about one, <see cref="ConversationKind"/>). It starts with no consent: consent never carries over from an
/// earlier conversation, and a conversation without consent follows the alternative path. Its
/// lifecycle (consent recorded, ended with a report deadline) only moves through the methods
/// below, which refuse what the rules forbid.
/// </summary>
public sealed record Conversation(
    Guid Id,
    Guid DossierId,
    Guid ClientId,
    Guid TeamId,
    DateTimeOffset CreatedAt,
    Guid CreatedBy,
    ConsentChoice? Consent,
    DateTimeOffset? EndedAt,
    DateTimeOffset? ReportDeadline = null,
    DateTimeOffset? ReportValidatedAt = null,
    ConversationKind Kind = ConversationKind.Conversation)
{
    /// <summary>A dictation: the worker alone, no client present; every transcript segment is the worker's.</summary>
    public bool IsDictation => Kind == ConversationKind.Dictation;

    public ConversationPath Path => Consent?.AiDrafting == true ? ConversationPath.Ai : ConversationPath.Alternative;

    /// <summary>The client's choice recorded (a later choice replaces an earlier one).</summary>
    /// <param name="keysDestroyed">A revocation destroyed this conversation's keys: nothing can be recorded or transcribed in it again.</param>
    /// <exception cref="InvalidRequestRefusal">The combination of scopes is impossible.</exception>
    /// <exception cref="ConflictRefusal">The conversation was closed by a revocation.</exception>
    public Conversation WithConsent(ConsentChoice choice, bool keysDestroyed)
    {
        ArgumentNullException.ThrowIfNull(choice);
        if (ConsentChoice.Problem(choice.Recording, choice.Transcription, choice.AiDrafting) is { } problem)
        {
            throw new InvalidRequestRefusal(problem);
        }

        return keysDestroyed ? throw new ConflictRefusal(ConversationTexts.ClosedAfterRevocation) : this with { Consent = choice };
    }

    /// <summary>Ends the conversation; the report deadline is the same whichever path the report takes.</summary>
    /// <exception cref="ConflictRefusal">It was already ended.</exception>
    public Conversation Ended(DateTimeOffset at, int reportDeadlineDays) =>
        EndedAt is not null
            ? throw new ConflictRefusal(ConversationTexts.AlreadyEnded)
            : this with { EndedAt = at, ReportDeadline = at.AddDays(reportDeadlineDays) };
}
