using WhaiNot.Domain.Accounts;

namespace WhaiNot.Appliance;

/// <summary>The team-lead reports' common start: only a team lead, for their own team, over a period of whole days.</summary>
internal static class TeamLeadPeriod
{
    /// <summary>Null when the caller is a team lead and the period reads (then team, start and end are set); else the refusal to return.</summary>
    public static IResult? Read(UserAccount user, string? from, string? to, out Guid team, out DateOnly start, out DateOnly end)
    {
        ArgumentNullException.ThrowIfNull(user);
        start = end = default;
        team = user.TeamId ?? Guid.Empty;
        if (user.Role != Role.TeamLead || user.TeamId is null)
        {
            return ApiErrors.Forbid();
        }

        if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", out start) || !DateOnly.TryParseExact(to, "yyyy-MM-dd", out end) || end < start)
        {
            return ApiErrors.BadRequest("Geef een periode als from=JJJJ-MM-DD en to=JJJJ-MM-DD, met to niet vóór from.");
        }

        return null;
    }
}
