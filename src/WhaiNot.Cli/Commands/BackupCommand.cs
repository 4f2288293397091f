using System.CommandLine;
using System.Globalization;
using WhaiNot.Storage;
using WhaiNot.Storage.Backups;

namespace WhaiNot.Cli.Commands;

/// <summary>
/// whainot backup --to DIR: a dated snapshot of the box in a backup location (a folder or a share),
/// with the conversation keys sealed under a backup key the box shreds after --key-days (see
/// <see cref="BackupSet"/>). Runs while the service runs, through its admin channel.
/// </summary>
internal static class BackupCommand
{
    public static Command Create(CliContext context)
    {
        var to = new Option<DirectoryInfo>("--to", "--out") { Description = "Back-upmap (leeg, of met eerdere back-ups van deze appliance).", Required = true };
        var keyDays = new Option<int>("--key-days")
        {
            Description = $"Hoeveel dagen de gesprekssleutels in deze back-up leesbaar blijven (1–{BackupSet.MaximumConversationKeyDays}).",
            DefaultValueFactory = _ => BackupSet.DefaultConversationKeyDays,
        };
        var command = new Command("backup", "Maakt een back-up van de gegevens in een back-upmap (de hoofdsleutel bewaart u apart).") { to, keyDays };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(to)!.FullName;
            var days = parse.GetValue(keyDays);
            string snapshot, readableUntil, writer;
            using (var admin = context.Admin(parse))
            {
                if (admin is not null)
                {
                    // The service writes the snapshot itself (it holds the database): the folder must be writable by its account.
                    var answer = admin.Post("/admin/backup", new { to = target, keyDays = days });
                    snapshot = answer.GetProperty("folder").GetString()!;
                    writer = "door de draaiende service ";
                    readableUntil = Dutch.Date(answer.GetProperty("conversationKeysReadableUntil").GetDateTimeOffset());
                }
                else
                {
                    using var store = context.OpenStore(parse);
                    BackupResult result;
                    try
                    {
                        result = new BackupSet(target).Create(store, TimeProvider.System, days);
                    }
                    catch (Exception ex) when (ex is StoreException or IOException or UnauthorizedAccessException)
                    {
                        throw new CliException(ExitCodes.Failure, ex.Message);
                    }

                    store.Audit.Append(CliContext.Actor, Domain.Audit.AuditAction.Backup, result.Folder);
                    snapshot = result.Folder;
                    writer = "";
                    readableUntil = Dutch.Date(result.ConversationKeysReadableUntil);
                }
            }

            context.Output.WriteLine($"Back-up {writer}geschreven naar {snapshot}.");
            context.Output.WriteLine($"Opnames van gesprekken zonder gevalideerd verslag zijn uit deze back-up terug te zetten tot {readableUntil}; daarna wist de volgende back-up die sleutel, zodat een intrekking ook elke back-up bereikt.");
            context.Output.WriteLine("De hoofdsleutel zit er bewust niet in: bewaar keys/master.key apart en offline. Kopieer nooit de map snapshot-keys/ naar een ander medium.");
            return ExitCodes.Success;
        });
        return command;
    }
}
