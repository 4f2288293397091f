using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Day;
using WhaiNot.Domain.Dossiers;
using WhaiNot.Domain.Terms;
using WhaiNot.Storage;

namespace WhaiNot.Cli.Tests;

/// <summary>`whainot day --user NAME --date D`: the worker's day overview in Dutch, audited once with the command line as actor.</summary>
public sealed class DayCommandTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 20, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDataFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Day_ShouldPrintTheAppointmentsActionsAndTermsOfThatDayInDutch()
    {
        Seed();

        var result = Cli.Succeed(_data, "day", "--user", "an", "--date", "2026-03-23");

        Assert.Contains("Dagoverzicht van An Peeters — maandag 23 maart 2026", result.Output, StringComparison.Ordinal);
        Assert.Contains("Afspraken (1)", result.Output, StringComparison.Ordinal);
        Assert.Contains("14:00  D-1  Kerkstraat 12 (huisbezoek)", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("09:00", result.Output, StringComparison.Ordinal);
        Assert.Contains("D-1  cliënt: Loonfiches bezorgen — vervaldag 21-03-2026, 2 dagen te laat", result.Output, StringComparison.Ordinal);
        Assert.Contains("laatste dag 31-03-2026 (nog 8 dagen)", result.Output, StringComparison.Ordinal);
        Assert.Contains("RMI-wet", result.Output, StringComparison.Ordinal);
        Assert.Contains("Verslagen te valideren (0)", result.Output, StringComparison.Ordinal);
        using var store = _data.OpenStore();
        var read = Assert.Single(store.Audit.Read(0, 1000), e => e.Action == AuditAction.DayRead);
        Assert.StartsWith("cli:", read.Actor, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("an", "2026-02-30", "geen geldige datum")]
    [InlineData("an", "23-03-2026", "geen geldige datum")]
    [InlineData("niemand", "2026-03-23", "bestaat niet")]
    [InlineData("dina", "2026-03-23", "heeft geen dagoverzicht")]
    public void Day_WithABadDateOrUser_ShouldExitTwoInDutch(string user, string date, string expected)
    {
        Seed();

        var result = Cli.Run(_data, "day", "--user", user, "--date", date);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    private void Seed()
    {
        using var store = ApplianceStore.Open(_data.Folder);
        var team = store.Accounts.AddTeam("Noord");
        var an = new UserAccount { Username = "an", DisplayName = "An Peeters", Role = Role.Worker, TeamId = team.Id, PasswordHash = "x" };
        store.Accounts.AddUser(an);
        store.Accounts.AddUser(new UserAccount { Username = "dina", DisplayName = "Dina Claes", Role = Role.Dpo, PasswordHash = "x" });
        var dossier = store.Dossiers.Create(team.Id, "D-1", new ClientProfile("Test Cliënt", "90010112345", null), Now);
        store.Appointments.Add(Appointment.Plan(dossier.Id, team.Id, an.Id, new DateOnly(2026, 3, 23), new TimeOnly(14, 0), AppointmentPlace.At("Kerkstraat 12"), true, Now, an.Id));
        store.Appointments.Add(Appointment.Plan(dossier.Id, team.Id, an.Id, new DateOnly(2026, 3, 24), new TimeOnly(9, 0), AppointmentPlace.Telephone, false, Now, an.Id));
        store.Actions.Add(FollowUpAction.Create(dossier.Id, team.Id, ActionActor.Client, "Loonfiches bezorgen", new DateOnly(2026, 3, 21), null, Now, an.Id));
        store.ProcedureDates.Save(new ProcedureDates(dossier.Id, AidKind.SocialIntegration, AidRequestedOn: new DateOnly(2026, 3, 1)), team.Id);
    }
}
