using LiteDB;
using WhaiNot.Domain.Day;
using WhaiNot.Storage.Documents;

namespace WhaiNot.Storage;

/// <summary>
/// Appointments. The place is sealed with the dossier key (an address is personal data); date, time
/// and worker stay in clear so a worker's day is found by index. Moving an appointment rewrites the
/// same record: its id never changes.
/// </summary>
public sealed class AppointmentRepository
{
    private readonly ILiteCollection<AppointmentDocument> _appointments;
    private readonly DossierSealer _sealer;

    internal AppointmentRepository(LiteDatabase database, DataKeyStore keys)
    {
        _appointments = database.GetCollection<AppointmentDocument>("appointments");
        _sealer = new DossierSealer(keys);
    }

    internal void EnsureIndexes()
    {
        _appointments.EnsureIndex(a => a.WorkerId);
        _appointments.EnsureIndex(a => a.Day);
        _appointments.EnsureIndex(a => a.DossierId);
        _appointments.EnsureIndex(a => a.ConversationId);
    }

    /// <exception cref="StoreException">An appointment with this id exists.</exception>
    public Appointment Add(Appointment appointment)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        if (_appointments.FindById(appointment.Id) is not null)
        {
            throw new StoreException("Deze afspraak bestaat al.");
        }

        _appointments.Insert(ToDocument(appointment));
        return appointment;
    }

    /// <summary>Stores a moved or linked appointment over the one with its id.</summary>
    /// <exception cref="StoreException">No such appointment, or it belongs to another dossier.</exception>
    public Appointment Update(Appointment appointment)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        var stored = _appointments.FindById(appointment.Id) ?? throw new StoreException("Deze afspraak bestaat niet.");
        if (stored.DossierId != appointment.DossierId)
        {
            throw new StoreException("Een afspraak verhuist niet naar een ander dossier.");
        }

        _appointments.Update(ToDocument(appointment));
        return appointment;
    }

    public Appointment? Find(Guid id) => _appointments.FindById(id) is { } doc ? Open(doc) : null;

    /// <summary>The worker's appointments on a Belgian date, by start time.</summary>
    public IReadOnlyList<Appointment> ForWorkerOn(Guid workerId, DateOnly day)
    {
        var number = DayNumbers.Of(day);
        return _appointments.Find(a => a.WorkerId == workerId && a.Day == number)
            .OrderBy(a => a.StartMinute).Select(Open).ToList();
    }

    /// <summary>All appointments of a dossier, by date and time.</summary>
    public IReadOnlyList<Appointment> ForDossier(Guid dossierId) =>
        _appointments.Find(a => a.DossierId == dossierId).OrderBy(a => a.Day).ThenBy(a => a.StartMinute).Select(Open).ToList();

    /// <summary>The appointment a conversation was started from, if any.</summary>
    public Appointment? ForConversation(Guid conversationId) =>
        _appointments.FindOne(a => a.ConversationId == conversationId) is { } doc ? Open(doc) : null;

    private AppointmentDocument ToDocument(Appointment a) => new()
    {
        Id = a.Id,
        DossierId = a.DossierId,
        TeamId = a.TeamId,
        WorkerId = a.WorkerId,
        Day = DayNumbers.Of(a.Day),
        StartMinute = (a.StartsAt.Hour * 60) + a.StartsAt.Minute,
        ByTelephone = a.Place.ByTelephone,
        SealedPlace = a.Place.Where is { } where ? _sealer.Seal(a.DossierId, where, Context(a.Id)) : null,
        HomeVisit = a.HomeVisit,
        ConversationId = a.ConversationId,
        CreatedAtUtc = a.CreatedAt.UtcDateTime,
        CreatedBy = a.CreatedBy,
    };

    private Appointment Open(AppointmentDocument d) => new(
        d.Id,
        d.DossierId,
        d.TeamId,
        d.WorkerId,
        DayNumbers.Day(d.Day),
        new TimeOnly(d.StartMinute / 60, d.StartMinute % 60),
        d.ByTelephone || d.SealedPlace is null ? AppointmentPlace.Telephone : AppointmentPlace.At(_sealer.Open(d.DossierId, d.SealedPlace, Context(d.Id))),
        d.HomeVisit,
        d.ConversationId,
        DayNumbers.Utc(d.CreatedAtUtc),
        d.CreatedBy);

    private static string Context(Guid appointmentId) => "appointment-place:" + appointmentId.ToString("N");
}
