namespace WhaiNot.Domain.Day;

/// <summary>
/// A sentence of a validated report's agreements, offered to the worker as a possible action. It is
/// not an action: nothing is stored until the worker confirms it with who and, if they want, a due date.
/// </summary>
/// <param name="SuggestedWho">Who the section is about, when it says; the worker decides.</param>
/// <param name="TakenOver">The worker already made an action of this sentence.</param>
public sealed record ProposedAction(ActionSource Source, string SectionHeading, string Text, ActionActor? SuggestedWho, bool TakenOver);
