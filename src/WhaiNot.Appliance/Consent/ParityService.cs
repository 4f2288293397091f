using Microsoft.Extensions.Options;
using WhaiNot.Appliance.Hosting;
using WhaiNot.Domain.Conversations;
using WhaiNot.Domain.Parity;
using WhaiNot.Storage;

namespace WhaiNot.Appliance.Consent;

/// <summary>Equal service, measured: the team's conversations with and without AI, side by side.</summary>
public sealed class ParityService(ApplianceStore store, TimeProvider time, IOptions<ApplianceOptions> options)
{
    public ParityReport ForTeam(Guid teamId, DateOnly from, DateOnly to)
    {
        var outcomes = store.Conversations.ListForTeam(teamId)
            .Where(c => c.EndedAt is not null && c.ReportDeadline is not null)
            .Select(c => new ConversationOutcome(
                c.Id,
                c.TeamId,
                c.Path == ConversationPath.Ai ? ReportPath.Ai : ReportPath.Alternative,
                c.EndedAt!.Value,
                c.ReportDeadline!.Value,
                c.ReportValidatedAt));
        return ParityCalculator.Calculate(outcomes, from, to, time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone), teamId: teamId);
    }
}
