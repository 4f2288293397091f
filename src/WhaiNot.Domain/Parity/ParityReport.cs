namespace WhaiNot.Domain.Parity;

/// <summary>
/// Side-by-side figures for conversations with and without AI, so a team lead sees at once whether
/// clients who refused AI wait longer for their report.
/// </summary>
/// <param name="From">First local day of the period.</param>
/// <param name="To">Last local day of the period (inclusive).</param>
/// <param name="AsOf">The moment the open reports and deadlines were judged at.</param>
/// <param name="Ai">Figures for conversations with AI.</param>
/// <param name="Alternative">Figures for conversations without AI (the alternative path).</param>
/// <param name="Signals">
/// Short Dutch sentences for the team lead where the alternative path is worse, or why no comparison
/// was made; empty when the paths are on par.
/// </param>
public sealed record ParityReport(
    DateOnly From,
    DateOnly To,
    DateTimeOffset AsOf,
    PathFigures Ai,
    PathFigures Alternative,
    IReadOnlyList<string> Signals);
