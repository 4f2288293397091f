using System.CommandLine;
using WhaiNot.Security.Keys;
using WhaiNot.Storage;
using WhaiNot.Storage.Backups;

namespace WhaiNot.Cli.Commands;

/// <summary>
/// whainot restore --from DIR --master-key FILE: puts a backup onto a new box (the --data folder,
/// which must be empty). The box starts with it as it was at the backup.
/// </summary>
internal static class RestoreCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Option<DirectoryInfo>("--from") { Description = "De back-upmap (waar 'whainot backup --to' naartoe schreef).", Required = true };
        var snapshot = new Option<string?>("--snapshot") { Description = "Welke back-up (bijvoorbeeld 20261207-170000); zonder deze optie de laatste." };
        var masterKey = new Option<FileInfo>("--master-key") { Description = "Het apart bewaarde sleutelbestand (master.key) van de appliance.", Required = true };
        var command = new Command("restore", "Zet een back-up terug op een nieuwe, lege datamap (--data).") { from, snapshot, masterKey };
        command.SetAction(parse =>
        {
            var target = context.Folder(parse);
            RestoreResult result;
            try
            {
                result = BackupRestore.Restore(new BackupSet(parse.GetValue(from)!.FullName), parse.GetValue(snapshot), parse.GetValue(masterKey)!.FullName, target);
            }
            catch (Exception ex) when (ex is StoreException or KeyFileException or IOException or UnauthorizedAccessException)
            {
                throw new CliException(ExitCodes.Failure, ex.Message);
            }

            context.Output.WriteLine($"Back-up {result.Snapshot} teruggezet in {target.Root}.");
            context.Output.WriteLine(result.ConversationKeysExpired
                ? "De gesprekssleutels van deze back-up zijn verlopen: opnames en transcripten van gesprekken zonder gevalideerd verslag zijn niet meer leesbaar. Gevalideerde verslagen en dossiers wel."
                : $"{result.ConversationKeysRestored} gesprekssleutel(s) teruggezet: opnames van gesprekken zonder gevalideerd verslag zijn weer leesbaar.");
            context.Output.WriteLine("Start nu de service op deze datamap. De certificaten van de back-up blijven gelden; kantoor-pc's hoeven de CA niet opnieuw te vertrouwen.");
            return ExitCodes.Success;
        });
        return command;
    }
}
