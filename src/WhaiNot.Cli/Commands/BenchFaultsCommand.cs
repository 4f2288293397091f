using System.CommandLine;
using WhaiNot.Cli.Bench;

namespace WhaiNot.Cli.Commands;

/// <summary>
/// whainot bench faults: conversations upload against a throw-away appliance while seeded faults
/// hit (connection drops, client restarts, SIGKILL + restart, full disk); afterwards every
/// acknowledged chunk must be on the box byte-exact and the audit chain must verify.
/// Exit 0 only with 0 lost, 0 duplicated, every upload complete and the chain intact.
/// </summary>
internal static class BenchFaultsCommand
{
    public static Command Create(CliContext context)
    {
        var conversations = new Option<int>("--conversations") { Description = "Minimaal aantal gesprekken.", DefaultValueFactory = _ => 20 };
        var faults = new Option<int>("--faults") { Description = "Aantal fouten om te injecteren.", DefaultValueFactory = _ => 100 };
        var parallel = new Option<int>("--parallel") { Description = "Gesprekken tegelijk.", DefaultValueFactory = _ => 4 };
        var chunks = new Option<int>("--chunks") { Description = "Stukken van 0,25 s per gesprek.", DefaultValueFactory = _ => 120 };
        var seed = new Option<int>("--seed") { Description = "Zaad voor de momenten en soorten van de fouten.", DefaultValueFactory = _ => 1 };
        var disk = new Option<int>("--disk-mb") { Description = "Grootte van de tmpfs voor de datamap (schijf-vol-fout; root nodig). 0: geen.", DefaultValueFactory = _ => 256 };
        var appliance = new Option<string?>("--appliance") { Description = "Pad naar whainot-appliance.dll (standaard: naast deze CLI, of de build in de checkout)." };
        var json = new Option<bool>("--json") { Description = "Resultaat als JSON." };
        var command = new Command("faults", "Foutbestendigheid: gesprekken uploaden terwijl verbindingen, clients, de appliance en de schijf falen.") { conversations, faults, parallel, chunks, seed, disk, appliance, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var setup = new FaultSoakSetup(parse.GetValue(conversations), parse.GetValue(faults), parse.GetValue(parallel), parse.GetValue(chunks), parse.GetValue(seed), parse.GetValue(disk));
            if (setup.Conversations is < 1 or > 100_000 || setup.Faults is < 0 or > 1_000_000 || setup.Parallel is < 1 or > 100 || setup.ChunksPerConversation is < 1 or > 14_400 || setup.DiskMegabytes is < 0 or > 65_536)
            {
                throw new CliException(ExitCodes.BadInput, "Geef --conversations van 1 tot 100.000, --faults van 0 tot 1.000.000, --parallel van 1 tot 100, --chunks van 1 tot 14.400 en --disk-mb van 0 tot 65.536.");
            }

            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var signals = new TerminationSignals(cancel);
            var progress = TextWriter.Synchronized(context.Error);
            var path = ApplianceLocator.Find(parse.GetValue(appliance));
            progress.WriteLine($"Tijdelijke appliance starten: {path}");
            try
            {
                var report = await new FaultSoakRunner(path, progress).RunAsync(setup, cancel.Token);
                if (parse.GetValue(json))
                {
                    report.WriteJson(context.Output);
                }
                else
                {
                    report.WriteText(context.Output);
                }

                return report.Passed ? ExitCodes.Success : ExitCodes.Failure;
            }
            catch (Exception) when (cancel.IsCancellationRequested)
            {
                // Whatever the interrupted uploads threw on their way out (an AggregateException of the hub client, too).
                progress.WriteLine("Onderbroken; de tijdelijke appliance wordt gestopt en haar map opgeruimd.");
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}
