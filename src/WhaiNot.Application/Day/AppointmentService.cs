using WhaiNot.Application.Conversations;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Day;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Texts;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Day;

/// <summary>
/// Appointments: planned and moved by the dossier's team, seen only by that team; starting the
/// conversation from one links them. The rules are on <see cref="Appointment"/>; this service loads,
/// asks them, stores and audits.
/// </summary>
public sealed class AppointmentService(
    ConversationAccess access,
    ConversationService conversations,
    AccountRepository accounts,
    AppointmentRepository appointments,
    AuditLog audit,
    TimeProvider time)
{
    /// <summary>A new appointment for <paramref name="workerId"/> (the user when null), who must be of the dossier's team.</summary>
    /// <exception cref="NotAllowedRefusal">Another team's dossier (audited).</exception>
    /// <exception cref="InvalidRequestRefusal">The worker is not of the dossier's team, or the place is wrong.</exception>
    public Appointment Plan(UserAccount user, Guid dossierId, Guid? workerId, DateOnly day, TimeOnly startsAt, AppointmentPlace place, bool homeVisit)
    {
        ArgumentNullException.ThrowIfNull(user);
        var dossier = access.WritableDossier(user, dossierId);
        var worker = workerId is { } id && id != user.Id ? accounts.FindUser(id) : user;
        if (worker is null || !DayAccess.MayHaveAppointmentsIn(worker, dossier.TeamId))
        {
            throw new InvalidRequestRefusal(DayTexts.WorkerNotInTeam);
        }

        var appointment = appointments.Add(Appointment.Plan(dossier.Id, dossier.TeamId, worker.Id, day, startsAt, place, homeVisit, time.GetUtcNow(), user.Id));
        audit.Append(user.Username, AuditAction.AppointmentCreate, AuditTargets.Appointment(appointment.Id), $"dossier={dossier.Id:N}");
        return appointment;
    }

    /// <summary>The same appointment at another moment or place.</summary>
    /// <exception cref="NotFoundRefusal">No such appointment.</exception>
    /// <exception cref="NotAllowedRefusal">Another team's (audited).</exception>
    /// <exception cref="ConflictRefusal">Its conversation was already started.</exception>
    public Appointment Move(UserAccount user, Guid appointmentId, DateOnly day, TimeOnly startsAt, AppointmentPlace place, bool homeVisit)
    {
        var moved = appointments.Update(Writable(user, appointmentId).MovedTo(day, startsAt, place, homeVisit));
        audit.Append(user.Username, AuditAction.AppointmentMove, AuditTargets.Appointment(appointmentId));
        return moved;
    }

    /// <summary>Starts the appointment's conversation in its dossier and links the two.</summary>
    /// <exception cref="ConflictRefusal">A conversation was already started from it.</exception>
    public (Appointment Appointment, ConversationView Conversation) StartConversation(UserAccount user, Guid appointmentId)
    {
        var appointment = Writable(user, appointmentId);
        appointment.EnsureNotStarted();
        var conversation = conversations.Start(user, appointment.DossierId);
        var linked = appointments.Update(appointment.LinkedTo(conversation.Conversation.Id));
        audit.Append(user.Username, AuditAction.AppointmentLink, AuditTargets.Appointment(appointmentId), $"conversation={conversation.Conversation.Id:N}");
        return (linked, conversation);
    }

    /// <summary>The dossier's appointments, by date and time.</summary>
    public IReadOnlyList<Appointment> ForDossier(UserAccount user, Guid dossierId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var dossier = access.WritableDossier(user, dossierId);
        var list = appointments.ForDossier(dossier.Id);
        audit.Append(user.Username, AuditAction.AppointmentRead, AuditTargets.Dossier(dossier.Id), $"{list.Count} appointments");
        return list;
    }

    private Appointment Writable(UserAccount user, Guid appointmentId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var appointment = appointments.Find(appointmentId) ?? throw new NotFoundRefusal(DayTexts.AppointmentNotFound);
        access.WritableDossier(user, appointment.DossierId);
        return appointment;
    }
}
