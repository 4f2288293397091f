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
            string created;
            string password;
            using (var admin = context.Admin(parse))
            {
                if (admin is not null)
                {
                    var answer = admin.Post("/admin/users", new { username = parse.GetValue(username), displayName = parse.GetValue(name), role = parse.GetValue(role), team = parse.GetValue(team) });
                    created = answer.GetProperty("user").GetProperty("username").GetString()!;
                    password = answer.GetProperty("password").GetString()!;
                }
                else
                {
                    using var store = context.OpenStore(parse);
                    var (user, fresh) = Administration(store).AddUser(CliContext.Actor, parse.GetValue(username), parse.GetValue(name), parse.GetValue(role), parse.GetValue(team));
                    (created, password) = (user.Username, fresh);
                }
            }

            context.Output.WriteLine($"Gebruiker '{created}' aangemaakt met rol {parse.GetValue(role)}.");
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
            var rows = ListRows(context, parse);
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(JsonSerializer.Serialize(rows, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
                return ExitCodes.Success;
            }

            context.Output.WriteLine($"{"GEBRUIKER",-24} {"ROL",-17} {"TEAM",-26} STATUS");
            foreach (var row in rows)
            {
                var status = row.Disabled ? "uitgeschakeld" : row.Locked ? "geblokkeerd" : "actief";
                context.Output.WriteLine($"{row.Username,-24} {row.Role,-17} {row.Team ?? "-",-26} {status}");
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
            using var admin = context.Admin(parse);
            string disabled;
            if (admin is not null)
            {
                disabled = admin.Post($"/admin/users/{Uri.EscapeDataString(parse.GetValue(username)!)}/disable").GetProperty("user").GetProperty("username").GetString()!;
            }
            else
            {
                using var store = context.OpenStore(parse);
                disabled = Administration(store).Disable(CliContext.Actor, parse.GetValue(username)!).Username;
            }

            context.Output.WriteLine($"Gebruiker '{disabled}' is uitgeschakeld.");
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
            using var admin = context.Admin(parse);
            string name;
            string password;
            if (admin is not null)
            {
                var answer = admin.Post($"/admin/users/{Uri.EscapeDataString(parse.GetValue(username)!)}/reset");
                name = answer.GetProperty("user").GetProperty("username").GetString()!;
                password = answer.GetProperty("password").GetString()!;
            }
            else
            {
                using var store = context.OpenStore(parse);
                var (user, fresh) = Administration(store).Reset(CliContext.Actor, parse.GetValue(username)!);
                (name, password) = (user.Username, fresh);
            }

            context.Output.WriteLine($"Nieuw wachtwoord voor '{name}': {password}");
            context.Output.WriteLine("Geef dit wachtwoord veilig door; het wordt nergens bewaard.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static List<UserRow> ListRows(CliContext context, ParseResult parse)
    {
        using var admin = context.Admin(parse);
        if (admin is not null)
        {
            return admin.Get("/admin/users").EnumerateArray().Select(u => new UserRow(
                u.GetProperty("username").GetString()!,
                u.GetProperty("displayName").GetString(),
                u.GetProperty("role").GetString()!,
                u.GetProperty("team").GetString(),
                u.GetProperty("disabled").GetBoolean(),
                u.GetProperty("locked").GetBoolean())).ToList();
        }

        using var store = context.OpenStore(parse);
        return store.Accounts.ListUsers().Select(u => new UserRow(
            u.Username,
            u.DisplayName,
            Domain.Accounts.RoleNames.ToName(u.Role),
            u.TeamId is { } id ? store.Accounts.FindTeam(id)?.Name : null,
            u.Disabled,
            u.IsLockedOut(DateTimeOffset.UtcNow))).ToList();
    }

    /// <summary>One account as list shows it (--json writes the names camelCase).</summary>
    private sealed record UserRow(string Username, string? DisplayName, string Role, string? Team, bool Disabled, bool Locked);

    private static AccountAdministration Administration(ApplianceStore store) =>
        new(store.Accounts, store.Audit, new Argon2idPasswordHasher(Argon2Settings.Default));
}
