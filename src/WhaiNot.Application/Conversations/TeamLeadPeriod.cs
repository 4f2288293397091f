using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Texts;

namespace WhaiNot.Application.Conversations;

/// <summary>The team-lead reports' common start: only a team lead, for their own team, over a period of whole days.</summary>
/// <param name="Team">The team lead's own team.</param>
/// <param name="From">First day of the period.</param>
/// <param name="To">Last day of the period (included).</param>
public sealed record TeamLeadPeriod(Guid Team, DateOnly From, DateOnly To)
{
    private static readonly DateOnly Earliest = new(2000, 1, 1);
    private static readonly DateOnly Latest = new(2100, 12, 31);

    /// <exception cref="NotAllowedRefusal">The caller is not a team lead of a team.</exception>
    /// <exception cref="InvalidRequestRefusal">The period does not read as from=JJJJ-MM-DD and to=JJJJ-MM-DD, to not before from.</exception>
    public static TeamLeadPeriod Read(UserAccount user, string? from, string? to)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Role != Role.TeamLead || user.TeamId is not { } team)
        {
            throw new NotAllowedRefusal(AccessTexts.Forbidden);
        }

        if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", out var start) || !DateOnly.TryParseExact(to, "yyyy-MM-dd", out var end) || end < start)
        {
            throw new InvalidRequestRefusal("Geef een periode als from=JJJJ-MM-DD en to=JJJJ-MM-DD, met to niet vóór from.");
        }

        // The box holds nothing from before 2000 or after 2100; a period outside that is a typing
        // error, and 0001/9999 would overflow the time-zone arithmetic downstream.
        if (start < Earliest || end > Latest)
        {
            throw new InvalidRequestRefusal($"Kies een periode tussen {Earliest:yyyy-MM-dd} en {Latest:yyyy-MM-dd}.");
        }

        return new TeamLeadPeriod(team, start, end);
    }
}
