using WhaiNot.Domain.Day;

namespace WhaiNot.Application.Day;

/// <summary>The worker's yes to one proposed action: which sentence, who does it, in the worker's words if they changed them, and by when if they say.</summary>
public sealed record ActionConfirmation(string SectionId, int SentenceIndex, ActionActor Who, string? What, DateOnly? DueOn);
