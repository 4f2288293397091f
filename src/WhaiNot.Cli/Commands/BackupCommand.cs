using System.CommandLine;
using WhaiNot.Storage;

namespace WhaiNot.Cli.Commands;

/// <summary>
/// whainot backup --out DIR: a copy of the data folder without keys/. The master key is backed up
/// apart (offline); conversation keys never are, so a revocation's crypto-shredding reaches backups.
/// </summary>
internal static class BackupCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Lege map voor de back-up.", Required = true };
        var command = new Command("backup", "Maakt een back-up van de gegevens (zonder sleutels; de hoofdsleutel bewaart u apart).") { output };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(output)!.FullName;
            using (var admin = context.Admin(parse))
            {
                if (admin is not null)
                {
                    // The service writes the snapshot itself (it holds the database): the folder must be writable by its account.
                    admin.Post("/admin/backup", new { @out = target });
                    context.Output.WriteLine($"Back-up door de draaiende service geschreven naar {target}.");
                }
                else
                {
                    using var store = context.OpenStore(parse);
                    DataBackup.Create(store, target);
                    store.Audit.Append(CliContext.Actor, Domain.Audit.AuditAction.Backup, target);
                    context.Output.WriteLine($"Back-up geschreven naar {target}.");
                }
            }

            context.Output.WriteLine("De sleutels zitten er bewust niet in: bewaar keys/master.key apart en offline. Gespreksleutels worden nooit geback-upt.");
            return ExitCodes.Success;
        });
        return command;
    }
}
