using Microsoft.Extensions.Options;
using WhaiNot.Application.Conversations;
using WhaiNot.Application.Day;
using WhaiNot.Application.Settings;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Day;
using WhaiNot.Domain.Dossiers;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Terms;
using WhaiNot.Storage;

namespace WhaiNot.Appliance.Tests.Day;

/// <summary>The day services on a real store, without the host: access, audit, and what the overview holds.</summary>
public sealed class DayServicesTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 23, 8, 0, 0, TimeSpan.Zero); // Monday 09:00 in Brussels
    private static readonly DateOnly Today = new(2026, 3, 23);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "whainot-day-" + Guid.NewGuid().ToString("N"));
    private readonly ApplianceStore _store;
    private readonly UserAccount _worker;
    private readonly UserAccount _colleague;
    private readonly UserAccount _lead;
    private readonly UserAccount _otherTeamLead;
    private readonly Dossier _dossier;
    private readonly AppointmentService _appointments;
    private readonly FollowUpActionService _actions;
    private readonly ProcedureService _procedure;
    private readonly DayOverviewService _overview;

    public DayServicesTests()
    {
        _store = ApplianceStore.Open(new DataFolder(_root));
        var team = _store.Accounts.AddTeam("Noord");
        var other = _store.Accounts.AddTeam("Zuid");
        _worker = User("an", Role.Worker, team.Id);
        _colleague = User("bert", Role.Worker, team.Id);
        _lead = User("chris", Role.TeamLead, team.Id);
        _otherTeamLead = User("dana", Role.TeamLead, other.Id);
        _dossier = _store.Dossiers.Create(team.Id, "D-1", new ClientProfile("Test Cliënt", "90010112345", null), Now);
        var time = new FixedTime(Now);
        var options = Options.Create(new ApplianceOptions());
        var access = new ConversationAccess(_store.Dossiers, _store.Conversations, _store.Audit);
        var conversations = new ConversationService(access, _store.Conversations, _store.ConversationKeys, _store.Audit, time, options);
        _appointments = new AppointmentService(access, conversations, _store.Accounts, _store.Appointments, _store.Audit, time);
        _actions = new FollowUpActionService(access, _store.Actions, _store.Reports, _store.Audit, time);
        _procedure = new ProcedureService(access, _store.ProcedureDates, _store.Audit, time);
        _overview = new DayOverviewService(_store.Accounts, _store.Dossiers, _store.Conversations, _store.ConversationKeys, _store.Reports, _store.Appointments, _store.Actions, _store.ProcedureDates, _store.Audit, options);
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void Overview_ShouldHoldTheDaysAppointmentsDueActionsAndTerms_AuditedAsOneRead()
    {
        _appointments.Plan(_worker, _dossier.Id, null, Today, new TimeOnly(14, 0), AppointmentPlace.At("Kerkstraat 12"), true);
        _appointments.Plan(_worker, _dossier.Id, null, Today.AddDays(1), new TimeOnly(9, 0), AppointmentPlace.Telephone, false);
        _appointments.Plan(_lead, _dossier.Id, _colleague.Id, Today, new TimeOnly(10, 0), AppointmentPlace.Telephone, false);
        _actions.Add(_worker, _dossier.Id, ActionActor.Client, "Loonfiches bezorgen", Today.AddDays(-2));
        _actions.Add(_worker, _dossier.Id, ActionActor.Worker, "Huisbezoek plannen", Today.AddDays(3));
        _procedure.Save(_worker, _dossier.Id, new ProcedureDates(Guid.Empty, AidKind.SocialIntegration, AidRequestedOn: new DateOnly(2026, 3, 1)));
        var before = _store.Audit.Count();

        var day = _overview.For(_worker, null, Today);

        Assert.Equal(before + 1, _store.Audit.Count());
        Assert.Equal(AuditAction.DayRead, _store.Audit.Read(before, 10).Single().Action);
        var appointment = Assert.Single(day.Appointments);
        Assert.Equal("Kerkstraat 12", appointment.Appointment.Place.Where);
        Assert.Equal("D-1", appointment.DossierReference);
        var action = Assert.Single(day.Actions);
        Assert.Equal(2, action.DaysOverdue);
        var term = Assert.Single(day.Terms);
        Assert.Equal(LegalTermKind.Decision, term.Term.Kind);
        Assert.Equal(new DateOnly(2026, 3, 31), term.Term.EndsOn);
        Assert.Equal(8, term.DaysLeft);
        Assert.Equal(14, day.TermWarningDays);
    }

    [Fact]
    public void Overview_ShouldListEndedConversationsAwaitingTheirReport_WithBelgianDaysLeft()
    {
        var started = _appointments.StartConversation(_worker, _appointments.Plan(_worker, _dossier.Id, null, Today, new TimeOnly(9, 0), AppointmentPlace.At("Onthaal"), false).Id);
        _store.Conversations.End(started.Conversation.Conversation.Id, Now.AddHours(-1), Now.AddDays(7));

        var day = _overview.For(_worker, null, Today);

        var pending = Assert.Single(day.ReportsToValidate);
        Assert.Equal(7, pending.DaysLeft);
        Assert.Equal(started.Conversation.Conversation.Id, Assert.Single(day.RecentConversations).ConversationId);
        Assert.Equal(started.Conversation.Conversation.Id, Assert.Single(day.Appointments).Appointment.ConversationId);
    }

    [Fact]
    public void Overview_AfterARevocation_ShouldKeepTheAppointmentAndSayItsConversationWasDestroyed()
    {
        var appointment = _appointments.Plan(_worker, _dossier.Id, null, Today, new TimeOnly(9, 0), AppointmentPlace.At("Onthaal"), false);
        var started = _appointments.StartConversation(_worker, appointment.Id);
        _store.ConversationKeys.Destroy(started.Conversation.Conversation.Id);

        var day = _overview.For(_worker, null, Today);

        Assert.True(Assert.Single(day.Appointments).ConversationDestroyed);
        Assert.Throws<ConflictRefusal>(() => _appointments.StartConversation(_worker, appointment.Id));
    }

    [Fact]
    public void Overview_OfSomeoneElse_ShouldBeForTheTeamLeadOfTheirTeamOnly_AndDenialsAudited()
    {
        Assert.Equal(_colleague.Id, _overview.For(_lead, _colleague.Id, Today).WorkerId);

        Assert.Throws<NotAllowedRefusal>(() => _overview.For(_worker, _colleague.Id, Today));
        Assert.Throws<NotAllowedRefusal>(() => _overview.For(_otherTeamLead, _colleague.Id, Today));
        Assert.Throws<NotFoundRefusal>(() => _overview.For(_lead, Guid.NewGuid(), Today));
        Assert.Equal(2, _store.Audit.Read(0, 1000).Count(e => e.Action == AuditAction.DayDenied));
    }

    [Fact]
    public void AnotherTeam_ShouldNotPlanOrAddInThisDossier()
    {
        Assert.Throws<NotAllowedRefusal>(() => _appointments.Plan(_otherTeamLead, _dossier.Id, null, Today, new TimeOnly(9, 0), AppointmentPlace.Telephone, false));
        Assert.Throws<NotAllowedRefusal>(() => _actions.Add(_otherTeamLead, _dossier.Id, ActionActor.Client, "x", null));
        Assert.Throws<InvalidRequestRefusal>(() => _appointments.Plan(_lead, _dossier.Id, _otherTeamLead.Id, Today, new TimeOnly(9, 0), AppointmentPlace.Telephone, false));
        Assert.Empty(_store.Appointments.ForDossier(_dossier.Id));
    }

    [Fact]
    public void ProcedureDates_InTheFuture_ShouldBeRefusedAndNotStored()
    {
        Assert.Throws<InvalidRequestRefusal>(() => _procedure.Save(_worker, _dossier.Id, new ProcedureDates(Guid.Empty, AidKind.SocialServices, AidRequestedOn: Today.AddDays(1))));
        Assert.Null(_procedure.For(_worker, _dossier.Id).Dates.AidRequestedOn);
    }

    private UserAccount User(string name, Role role, Guid team)
    {
        var user = new UserAccount { Username = name, DisplayName = name, Role = role, TeamId = team, PasswordHash = "x" };
        _store.Accounts.AddUser(user);
        return user;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
