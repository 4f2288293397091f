using WhaiNot.Domain.Access;
using WhaiNot.Domain.Accounts;

namespace WhaiNot.Domain.Day;

/// <summary>
/// Whose day a user may see: a worker or team lead their own; a team lead also that of a worker or
/// team lead of the same team. Nobody else, and no role without dossier content (<see cref="AccessPolicy"/>).
/// </summary>
public static class DayAccess
{
    public static bool MaySee(UserAccount caller, UserAccount worker)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(worker);
        if (AccessPolicy.ContentTeamOf(caller) is not { } team)
        {
            return false;
        }

        return caller.Id == worker.Id
            || (caller.Role == Role.TeamLead && worker.TeamId == team && AccessPolicy.Has(worker.Role, Permission.ReadDossierContent));
    }

    /// <summary>An appointment is for a worker or team lead of the dossier's team whose account is active.</summary>
    public static bool MayHaveAppointmentsIn(UserAccount worker, Guid teamId)
    {
        ArgumentNullException.ThrowIfNull(worker);
        return AccessPolicy.ContentTeamOf(worker) == teamId;
    }
}
