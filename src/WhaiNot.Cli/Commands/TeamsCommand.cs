using System.CommandLine;
using WhaiNot.Security.Passwords;
using WhaiNot.Storage;

namespace WhaiNot.Cli.Commands;

/// <summary>whainot teams add|list</summary>
internal static class TeamsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("teams", "Beheert de teams.");

        var name = new Option<string>("--name") { Description = "Naam van het team.", Required = true };
        var add = new Command("add", "Maakt een team aan.") { name };
        add.SetAction(parse =>
        {
            AccountAdministration.CheckTeamName(parse.GetValue(name));
            using var admin = context.Admin(parse);
            string created;
            if (admin is not null)
            {
                created = admin.Post("/admin/teams", new { name = parse.GetValue(name) }).GetProperty("name").GetString()!;
            }
            else
            {
                using var store = context.OpenStore(parse);
                created = new AccountAdministration(store.Accounts, store.Audit, new Argon2idPasswordHasher(Argon2Settings.Default)).AddTeam(CliContext.Actor, parse.GetValue(name)).Name;
            }

            context.Output.WriteLine($"Team '{created}' aangemaakt.");
            return ExitCodes.Success;
        });

        var list = new Command("list", "Toont de teams.");
        list.SetAction(parse =>
        {
            using var admin = context.Admin(parse);
            if (admin is not null)
            {
                foreach (var team in admin.Get("/admin/teams").EnumerateArray())
                {
                    context.Output.WriteLine(team.GetString());
                }

                return ExitCodes.Success;
            }

            using var store = context.OpenStore(parse);
            foreach (var team in store.Accounts.ListTeams())
            {
                context.Output.WriteLine(team.Name);
            }

            return ExitCodes.Success;
        });

        command.Subcommands.Add(add);
        command.Subcommands.Add(list);
        return command;
    }
}
