using System.Text;
using WhaiNot.Domain.Day;
using WhaiNot.Domain.Dossiers;
using WhaiNot.Domain.Terms;
using WhaiNot.Storage.Documents;

namespace WhaiNot.Storage.Tests;

/// <summary>
/// Appointments, actions and procedure dates in the real encrypted database: client text sealed with
/// the dossier key, found by worker and day, and kept when a revocation shreds the conversation keys.
/// </summary>
public sealed class DayStorageTests : IDisposable
{
    private const string Address = "Kerkstraat 12, 9000 Gent";
    private static readonly DateTimeOffset Now = new(2026, 3, 20, 9, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateOnly Monday = new(2026, 3, 23);
    private readonly TempDataFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Appointment_ShouldRoundTripAcrossAReopen_AndMovingShouldKeepItsId()
    {
        var worker = Guid.NewGuid();
        Appointment planned;
        using (var store = ApplianceStore.Open(_temp.Folder))
        {
            var dossier = NewDossier(store);
            planned = store.Appointments.Add(Appointment.Plan(dossier.Id, dossier.TeamId, worker, Monday, new TimeOnly(10, 30), AppointmentPlace.At(Address), true, Now, worker));
            store.Appointments.Update(planned.MovedTo(Monday.AddDays(1), new TimeOnly(13, 45), AppointmentPlace.At(Address), true));
        }

        using var reopened = ApplianceStore.Open(_temp.Folder);
        var stored = reopened.Appointments.Find(planned.Id)!;
        Assert.Equal(Monday.AddDays(1), stored.Day);
        Assert.Equal(new TimeOnly(13, 45), stored.StartsAt);
        Assert.Equal(Address, stored.Place.Where);
        Assert.True(stored.HomeVisit);
        Assert.Equal(planned.CreatedAt, stored.CreatedAt);
        Assert.Empty(reopened.Appointments.ForWorkerOn(worker, Monday));
        Assert.Equal([planned.Id], reopened.Appointments.ForWorkerOn(worker, Monday.AddDays(1)).Select(a => a.Id));
    }

    [Fact]
    public void ForWorkerOn_ShouldGiveOnlyThatWorkersAppointmentsOfThatDay_ByTime()
    {
        using var store = ApplianceStore.Open(_temp.Folder);
        var dossier = NewDossier(store);
        var worker = Guid.NewGuid();
        var colleague = Guid.NewGuid();
        var late = store.Appointments.Add(Plan(dossier, worker, Monday, new TimeOnly(15, 0)));
        var early = store.Appointments.Add(Plan(dossier, worker, Monday, new TimeOnly(8, 30)));
        store.Appointments.Add(Plan(dossier, worker, Monday.AddDays(1), new TimeOnly(9, 0)));
        store.Appointments.Add(Plan(dossier, colleague, Monday, new TimeOnly(9, 0)));

        var day = store.Appointments.ForWorkerOn(worker, Monday);

        Assert.Equal([early.Id, late.Id], day.Select(a => a.Id));
        Assert.True(day[0].Place.ByTelephone);
        Assert.Null(day[0].Place.Where);
        Assert.Equal(4, store.Appointments.ForDossier(dossier.Id).Count);
    }

    [Fact]
    public void PlaceAndWhat_ShouldBeSealedWithTheDossierKey_NotInTheRecordAsText()
    {
        using var store = ApplianceStore.Open(_temp.Folder);
        var dossier = NewDossier(store);
        var appointment = store.Appointments.Add(Appointment.Plan(dossier.Id, dossier.TeamId, Guid.NewGuid(), Monday, new TimeOnly(10, 0), AppointmentPlace.At(Address), false, Now, Guid.NewGuid()));
        var action = store.Actions.Add(FollowUpAction.Create(dossier.Id, dossier.TeamId, ActionActor.Client, "Huurcontract Kerkstraat bezorgen", Monday, null, Now, Guid.NewGuid()));

        var rawAppointment = store.Database.GetCollection<AppointmentDocument>("appointments").FindById(appointment.Id);
        var rawAction = store.Database.GetCollection<FollowUpActionDocument>("actions").FindById(action.Id);

        Assert.False(Contains(rawAppointment.SealedPlace!, "Kerkstraat"));
        Assert.False(Contains(rawAction.SealedWhat, "Kerkstraat"));
        Assert.Equal("Huurcontract Kerkstraat bezorgen", store.Actions.Find(action.Id)!.What);
    }

    [Fact]
    public void Action_ShouldKeepItsSourceSentence_AndBeMarkedDone()
    {
        using var store = ApplianceStore.Open(_temp.Folder);
        var dossier = NewDossier(store);
        var source = new ActionSource(Guid.NewGuid(), 2, "afspraken", 3);
        var action = store.Actions.Add(FollowUpAction.Create(dossier.Id, dossier.TeamId, ActionActor.ThirdParty, "VDAB belt de cliënt", Monday, source, Now, Guid.NewGuid()));

        var doneBy = Guid.NewGuid();
        store.Actions.Update(action.MarkedDone(Now.AddDays(2), doneBy));

        var stored = store.Actions.Find(action.Id)!;
        Assert.Equal(source, stored.Source);
        Assert.Equal(ActionActor.ThirdParty, stored.Who);
        Assert.Equal(Monday, stored.DueOn);
        Assert.Equal(Now.AddDays(2), stored.DoneAt);
        Assert.Equal(doneBy, stored.DoneBy);
    }

    [Fact]
    public void OpenDueBy_ShouldGiveTheTeamsOpenActionsDueByThatDay_EarliestFirst()
    {
        using var store = ApplianceStore.Open(_temp.Folder);
        var dossier = NewDossier(store);
        var other = NewDossier(store, "Ander team");
        var overdue = store.Actions.Add(Action(dossier, Monday.AddDays(-3)));
        var today = store.Actions.Add(Action(dossier, Monday));
        store.Actions.Add(Action(dossier, Monday.AddDays(1)));
        store.Actions.Add(Action(dossier, null));
        store.Actions.Update(store.Actions.Add(Action(dossier, Monday.AddDays(-1))).MarkedDone(Now, Guid.NewGuid()));
        store.Actions.Add(Action(other, Monday.AddDays(-1)));

        var due = store.Actions.OpenDueBy(dossier.TeamId, Monday);

        Assert.Equal([overdue.Id, today.Id], due.Select(a => a.Id));
        Assert.Equal(5, store.Actions.ForDossier(dossier.Id).Count);
        Assert.False(store.Actions.ForDossier(dossier.Id)[0].IsDone);
        Assert.True(store.Actions.ForDossier(dossier.Id)[^1].IsDone);
    }

    [Fact]
    public void Revocation_ShouldShredTheConversationKeysButKeepAppointmentsAndActions()
    {
        Guid appointmentId, actionId, conversationId;
        using (var store = ApplianceStore.Open(_temp.Folder))
        {
            var dossier = NewDossier(store);
            conversationId = store.Conversations.Create(dossier.Id, dossier.ClientId, dossier.TeamId, Guid.NewGuid(), Now).Id;
            var appointment = store.Appointments.Add(Appointment.Plan(dossier.Id, dossier.TeamId, Guid.NewGuid(), Monday, new TimeOnly(10, 0), AppointmentPlace.At(Address), true, Now, Guid.NewGuid()));
            store.Appointments.Update(appointment.LinkedTo(conversationId));
            appointmentId = appointment.Id;
            actionId = store.Actions.Add(FollowUpAction.Create(dossier.Id, dossier.TeamId, ActionActor.Client, "Loonfiches bezorgen", Monday, new ActionSource(Guid.NewGuid(), 1, "afspraken", 0), Now, Guid.NewGuid())).Id;

            store.ConversationKeys.Destroy(conversationId);
        }

        using var reopened = ApplianceStore.Open(_temp.Folder);
        Assert.False(reopened.ConversationKeys.Exists(conversationId));
        var appointmentAfter = reopened.Appointments.ForConversation(conversationId)!;
        Assert.Equal(appointmentId, appointmentAfter.Id);
        Assert.Equal(Address, appointmentAfter.Place.Where);
        Assert.Equal("Loonfiches bezorgen", reopened.Actions.Find(actionId)!.What);
    }

    [Fact]
    public void Update_OfAnUnknownOrMovedRecord_ShouldRefuse()
    {
        using var store = ApplianceStore.Open(_temp.Folder);
        var dossier = NewDossier(store);
        var other = NewDossier(store);
        var appointment = Plan(dossier, Guid.NewGuid(), Monday, new TimeOnly(9, 0));
        var action = Action(dossier, Monday);

        Assert.Throws<StoreException>(() => store.Appointments.Update(appointment));
        Assert.Throws<StoreException>(() => store.Actions.Update(action));
        store.Appointments.Add(appointment);
        store.Actions.Add(action);
        Assert.Throws<StoreException>(() => store.Appointments.Add(appointment));
        Assert.Throws<StoreException>(() => store.Appointments.Update(appointment with { DossierId = other.Id }));
        Assert.Throws<StoreException>(() => store.Actions.Update(action with { DossierId = other.Id }));
    }

    [Fact]
    public void ProcedureDates_ShouldRoundTripAndBeFoundByTeam_AndADossierWithoutThemHasEmptyOnes()
    {
        Guid dossierId, teamId;
        var dates = new ProcedureDates(Guid.Empty, AidKind.SocialIntegration, new DateOnly(2026, 1, 31), new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 2), new DateOnly(2026, 2, 28), false, new DateOnly(2028, 2, 29), null, true, new DateOnly(2026, 2, 3));
        using (var store = ApplianceStore.Open(_temp.Folder))
        {
            var dossier = NewDossier(store);
            (dossierId, teamId) = (dossier.Id, dossier.TeamId);
            store.ProcedureDates.Save(dates with { DossierId = dossier.Id, Aid = AidKind.SocialServices }, dossier.TeamId);
            store.ProcedureDates.Save(dates with { DossierId = dossier.Id }, dossier.TeamId);
        }

        using var reopened = ApplianceStore.Open(_temp.Folder);
        Assert.Equal(dates with { DossierId = dossierId }, reopened.ProcedureDates.For(dossierId));
        Assert.Equal([dossierId], reopened.ProcedureDates.ForTeam(teamId).Select(d => d.DossierId));
        var unknown = Guid.NewGuid();
        Assert.Equal(new ProcedureDates(unknown), reopened.ProcedureDates.For(unknown));
        Assert.Empty(LegalDeadlines.For(reopened.ProcedureDates.For(unknown)));
    }

    private static Appointment Plan(Dossier dossier, Guid worker, DateOnly day, TimeOnly at) =>
        Appointment.Plan(dossier.Id, dossier.TeamId, worker, day, at, AppointmentPlace.Telephone, false, Now, worker);

    private static FollowUpAction Action(Dossier dossier, DateOnly? due) =>
        FollowUpAction.Create(dossier.Id, dossier.TeamId, ActionActor.Worker, "Attest opvragen", due, null, Now, Guid.NewGuid());

    private static bool Contains(byte[] haystack, string text) => haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    private static Dossier NewDossier(ApplianceStore store, string team = "T")
    {
        var found = store.Accounts.FindTeam(team) ?? store.Accounts.AddTeam(team);
        return store.Dossiers.Create(found.Id, "D-" + Guid.NewGuid().ToString("N")[..6], new ClientProfile("Test Cliënt", "90010112345", null), Now);
    }
}
