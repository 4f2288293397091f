using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Options;
using WhaiNot.Application.Day;
using WhaiNot.Application.Settings;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Day;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Terms;
using WhaiNot.Storage;

namespace WhaiNot.Cli.Commands;

/// <summary>
/// whainot day --user NAME [--date YYYY-MM-DD]: the day overview of a worker as the API gives it
/// (<see cref="DayOverviewService"/>), printed in Dutch, for IT support on a stopped appliance. The read
/// is audited once, with the command line as actor.
/// </summary>
internal static class DayCommand
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    public static Command Create(CliContext context)
    {
        var user = new Option<string>("--user") { Description = "Gebruikersnaam van de maatschappelijk werker of teamverantwoordelijke.", Required = true };
        var date = new Option<string?>("--date") { Description = "De dag, als JJJJ-MM-DD (standaard: vandaag in Belgische tijd)." };
        var command = new Command("day", "Toont het dagoverzicht van een werker: afspraken, verslagen te valideren, acties, wettelijke termijnen en recente gesprekken.") { user, date };
        command.SetAction(parse =>
        {
            var day = parse.GetValue(date) is { } text
                ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                    ? parsed
                    : throw new CliException(ExitCodes.BadInput, $"'{text}' is geen geldige datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-23.")
                : BrusselsTime.DateOf(DateTimeOffset.UtcNow);
            using var store = context.OpenStore(parse);
            var name = parse.GetValue(user)!;
            var account = store.Accounts.FindUser(name) ?? throw new CliException(ExitCodes.BadInput, $"Gebruiker '{name}' bestaat niet op deze box.");
            DayOverview overview;
            try
            {
                overview = Service(store).For(AsCli(account), null, day);
            }
            catch (NotAllowedRefusal)
            {
                throw new CliException(ExitCodes.BadInput, $"'{name}' heeft geen dagoverzicht: alleen maatschappelijk werkers en teamverantwoordelijken van een team hebben er een.");
            }

            Print(context.Output, overview);
            return ExitCodes.Success;
        });
        return command;
    }

    private static DayOverviewService Service(ApplianceStore store) => new(
        store.Accounts,
        store.Dossiers,
        store.Conversations,
        store.ConversationKeys,
        store.Reports,
        store.Appointments,
        store.Actions,
        store.ProcedureDates,
        store.Audit,
        Options.Create(new ApplianceOptions()));

    /// <summary>The worker's own account under the command line's name, so the audit log says who really read the day.</summary>
    private static UserAccount AsCli(UserAccount account) => new()
    {
        Id = account.Id,
        Username = CliContext.Actor,
        DisplayName = account.DisplayName,
        Role = account.Role,
        TeamId = account.TeamId,
        PasswordHash = "",
        Disabled = account.Disabled,
    };

    private static void Print(TextWriter output, DayOverview day)
    {
        output.WriteLine($"Dagoverzicht van {day.WorkerName} — {day.Date.ToString("dddd d MMMM yyyy", Dutch)}");
        Section(output, "Afspraken", day.Appointments, a =>
        {
            var where = a.Appointment.Place.ByTelephone ? "telefonisch" : a.Appointment.Place.Where + (a.Appointment.HomeVisit ? " (huisbezoek)" : "");
            var link = a.ConversationDestroyed ? " — gesprek: opname en transcript vernietigd na intrekking toestemming"
                : a.Appointment.ConversationId is not null ? " — gesprek gestart" : "";
            return $"{a.Appointment.StartsAt.ToString("HH:mm", CultureInfo.InvariantCulture)}  {a.DossierReference}  {where}{link}";
        });
        Section(output, "Verslagen te valideren", day.ReportsToValidate, r =>
            $"{r.DossierReference}  deadline {Date(BrusselsTime.DateOf(r.Deadline))} ({Days(r.DaysLeft)}){(r.DraftReportId is null ? ", nog geen ontwerp" : "")}");
        Section(output, "Acties die vandaag vervallen of te laat zijn", day.Actions, a =>
            $"{a.DossierReference}  {a.Action.Who.Describe()}: {a.Action.What} — vervaldag {Date(a.Action.DueOn!.Value)}{(a.DaysOverdue > 0 ? $", {a.DaysOverdue} {(a.DaysOverdue == 1 ? "dag" : "dagen")} te laat" : ", vandaag")}");
        Section(output, $"Wettelijke termijnen (binnen {day.TermWarningDays} dagen of verstreken)", day.Terms, t =>
            $"{t.DossierReference}  {t.Term.Title}: laatste dag {Date(t.Term.EndsOn)} ({Days(t.DaysLeft)}) — {t.Term.Rule} Bron: {t.Term.Source}.{(t.Term.Note is { } note ? " " + note : "")}");
        Section(output, "Gesprekken van de laatste dagen", day.RecentConversations, c =>
            $"{c.DossierReference}  afgesloten {TimeZoneInfo.ConvertTime(c.EndedAt, BrusselsTime.Zone).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture)}"
            + (c.ReportValidated ? ", verslag gevalideerd" : ", verslag nog niet gevalideerd")
            + (c.TranscriptDestroyed ? ", transcript vernietigd na intrekking toestemming" : ""));
    }

    private static void Section<T>(TextWriter output, string title, IReadOnlyList<T> items, Func<T, string> line)
    {
        output.WriteLine();
        output.WriteLine($"{title} ({items.Count})");
        if (items.Count == 0)
        {
            output.WriteLine("  geen");
        }

        foreach (var item in items)
        {
            output.WriteLine("  " + line(item));
        }
    }

    private static string Date(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    private static string Days(int left) => left switch
    {
        0 => "vandaag",
        1 => "nog 1 dag",
        > 1 => $"nog {left} dagen",
        -1 => "1 dag verstreken",
        _ => $"{-left} dagen verstreken",
    };
}
