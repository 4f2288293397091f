using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Terms;
using WhaiNot.Domain.Texts;

namespace WhaiNot.Domain.Day;

/// <summary>
/// A planned conversation with a client of a dossier, on a Belgian date and wall-clock time. The
/// worker plans and moves it (moving keeps its id, so what points at it keeps pointing); starting the
/// conversation from it links the two, and an appointment that was held no longer moves.
/// </summary>
/// <param name="WorkerId">The worker the appointment is for.</param>
/// <param name="ConversationId">The conversation started from this appointment, once it was.</param>
public sealed record Appointment(
    Guid Id,
    Guid DossierId,
    Guid TeamId,
    Guid WorkerId,
    DateOnly Day,
    TimeOnly StartsAt,
    AppointmentPlace Place,
    bool HomeVisit,
    Guid? ConversationId,
    DateTimeOffset CreatedAt,
    Guid CreatedBy)
{
    /// <summary>The instant it starts (Belgian time, summer time included).</summary>
    public DateTimeOffset Start => BrusselsTime.At(Day, StartsAt);

    /// <summary>A new appointment, not yet linked to a conversation.</summary>
    /// <exception cref="InvalidRequestRefusal">No place and not by telephone, a home visit by telephone, or a place too long.</exception>
    public static Appointment Plan(Guid dossierId, Guid teamId, Guid workerId, DateOnly day, TimeOnly startsAt, AppointmentPlace place, bool homeVisit, DateTimeOffset now, Guid by) =>
        new(Guid.NewGuid(), dossierId, teamId, workerId, day, startsAt, Checked(place, homeVisit), homeVisit, null, now, by);

    /// <summary>The same appointment (same id) at another moment or place.</summary>
    /// <exception cref="ConflictRefusal">The conversation was already started from it.</exception>
    /// <exception cref="InvalidRequestRefusal">As for <see cref="Plan"/>.</exception>
    public Appointment MovedTo(DateOnly day, TimeOnly startsAt, AppointmentPlace place, bool homeVisit) =>
        ConversationId is not null
            ? throw new ConflictRefusal(DayTexts.AppointmentAlreadyHeld)
            : this with { Day = day, StartsAt = startsAt, Place = Checked(place, homeVisit), HomeVisit = homeVisit };

    /// <summary>Checks that no conversation was started from this appointment yet, before one is.</summary>
    /// <exception cref="ConflictRefusal">One was.</exception>
    public void EnsureNotStarted()
    {
        if (ConversationId is not null)
        {
            throw new ConflictRefusal(DayTexts.AppointmentAlreadyStarted);
        }
    }

    /// <summary>Links the conversation started from this appointment; linking the same one again changes nothing.</summary>
    /// <exception cref="ConflictRefusal">Another conversation was already started from it.</exception>
    public Appointment LinkedTo(Guid conversationId) =>
        ConversationId is { } linked && linked != conversationId
            ? throw new ConflictRefusal(DayTexts.AppointmentLinkedElsewhere)
            : this with { ConversationId = conversationId };

    private static AppointmentPlace Checked(AppointmentPlace place, bool homeVisit)
    {
        ArgumentNullException.ThrowIfNull(place);
        var where = place.Where?.Trim();
        if (place.ByTelephone)
        {
            return homeVisit ? throw new InvalidRequestRefusal(DayTexts.TelephoneIsNoHomeVisit) : AppointmentPlace.Telephone;
        }

        if (string.IsNullOrEmpty(where))
        {
            throw new InvalidRequestRefusal(DayTexts.PlaceRequired);
        }

        return where.Length > AppointmentPlace.MaxLength
            ? throw new InvalidRequestRefusal(DayTexts.PlaceTooLong(AppointmentPlace.MaxLength))
            : AppointmentPlace.At(where);
    }
}
