using WhaiNot.Application.Conversations;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Terms;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Day;

/// <summary>The dates of a dossier's procedure as the worker enters them, and the legal terms the domain computes from them.</summary>
public sealed class ProcedureService(ConversationAccess access, ProcedureDatesRepository procedureDates, AuditLog audit, TimeProvider time)
{
    /// <summary>Replaces the dossier's dates (the dossier id in <paramref name="dates"/> is ignored) and gives the terms that follow.</summary>
    /// <exception cref="NotAllowedRefusal">Another team's dossier (audited).</exception>
    /// <exception cref="InvalidRequestRefusal">The dates tell an impossible story (in Dutch, which date and why).</exception>
    public DossierProcedure Save(UserAccount user, Guid dossierId, ProcedureDates dates)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(dates);
        var dossier = access.WritableDossier(user, dossierId);
        var checkedDates = (dates with { DossierId = dossier.Id }).Checked(BrusselsTime.DateOf(time.GetUtcNow()));
        procedureDates.Save(checkedDates, dossier.TeamId);
        audit.Append(user.Username, AuditAction.ProcedureWrite, AuditTargets.Dossier(dossier.Id));
        return new DossierProcedure(checkedDates, LegalDeadlines.For(checkedDates));
    }

    public DossierProcedure For(UserAccount user, Guid dossierId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var dossier = access.WritableDossier(user, dossierId);
        var dates = procedureDates.For(dossier.Id);
        audit.Append(user.Username, AuditAction.ProcedureRead, AuditTargets.Dossier(dossier.Id));
        return new DossierProcedure(dates, LegalDeadlines.For(dates));
    }
}
