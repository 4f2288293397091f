using System.CommandLine;
using System.Text.Json;
using WhaiNot.Security.Passwords;
using WhaiNot.Storage;

namespace WhaiNot.Cli.Commands;

/// <summary>whainot users add|list|disable|reset</summary>
internal static class UsersCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("users", "Beheert de lokale accounts.");
        command.Subcommands.Add(Add(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Disable(context));
        command.Subcommands.Add(Reset(context));
        return command;
    }

    private static Command Add(CliContext context)
    {
        var username = new Option<string>("--username") { Description = "Gebruikersnaam (zonder spaties).", Required = true };
        var role = new Option<string>("--role") { Description = "worker, teamlead, functional-admin, dpo of it-admin.", Required = true };
        var team = new Option<string?>("--team") { Description = "Team (verplicht voor worker en teamlead)." };
        var name = new Option<string?>("--display-name") { Description = "Volledige naam zoals getoond." };
        var command = new Command("add", "Maakt een account aan en toont het eerste wachtwoord één keer.") { username, role, team, name };
        command.SetAction(parse =>
        {
            // Refuse bad input before a store is opened, let alone created.
            AccountAdministration.CheckNewUser(parse.GetValue(username), parse.GetValue(role), parse.GetValue(team));
            using var store = context.OpenStore(parse);
            var (user, password) = Administration(store).AddUser(CliContext.Actor, parse.GetValue(username), parse.GetValue(name), parse.GetValue(role), parse.GetValue(team));
            context.Output.WriteLine($"Gebruiker '{user.Username}' aangemaakt met rol {parse.GetValue(role)}.");
            context.Output.WriteLine($"Eerste wachtwoord: {password}");
            context.Output.WriteLine("Geef dit wachtwoord veilig door; het wordt nergens bewaard.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Uitvoer als JSON." };
        var command = new Command("list", "Toont alle accounts (zonder wachtwoorden).") { json };
        command.SetAction(parse =>
        {
            using var store = context.OpenStore(parse);
            var rows = store.Accounts.ListUsers().Select(u => new
            {
                username = u.Username,
                displayName = u.DisplayName,
                role = Domain.Accounts.RoleNames.ToName(u.Role),
                team = u.TeamId is { } id ? store.Accounts.FindTeam(id)?.Name : null,
                disabled = u.Disabled,
                locked = u.IsLockedOut(DateTimeOffset.UtcNow),
            }).ToList();
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(JsonSerializer.Serialize(rows, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
                return ExitCodes.Success;
            }

            context.Output.WriteLine($"{"GEBRUIKER",-24} {"ROL",-17} {"TEAM",-26} STATUS");
            foreach (var row in rows)
            {
                var status = row.disabled ? "uitgeschakeld" : row.locked ? "geblokkeerd" : "actief";
                context.Output.WriteLine($"{row.username,-24} {row.role,-17} {row.team ?? "-",-26} {status}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Disable(CliContext context)
    {
        var username = new Option<string>("--username") { Description = "De account die uitgeschakeld wordt.", Required = true };
        var command = new Command("disable", "Schakelt een account uit; open sessies stoppen meteen.") { username };
        command.SetAction(parse =>
        {
            using var store = context.OpenStore(parse);
            var user = Administration(store).Disable(CliContext.Actor, parse.GetValue(username)!);
            context.Output.WriteLine($"Gebruiker '{user.Username}' is uitgeschakeld.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Reset(CliContext context)
    {
        var username = new Option<string>("--username") { Description = "De account die een nieuw wachtwoord krijgt.", Required = true };
        var command = new Command("reset", "Geeft een nieuw wachtwoord, heft een blokkering op en schakelt de account weer in.") { username };
        command.SetAction(parse =>
        {
            using var store = context.OpenStore(parse);
            var (user, password) = Administration(store).Reset(CliContext.Actor, parse.GetValue(username)!);
            context.Output.WriteLine($"Nieuw wachtwoord voor '{user.Username}': {password}");
            context.Output.WriteLine("Geef dit wachtwoord veilig door; het wordt nergens bewaard.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static AccountAdministration Administration(ApplianceStore store) =>
        new(store.Accounts, store.Audit, new Argon2idPasswordHasher(Argon2Settings.Default));
}
