using WhaiNot.Cli.Streaming;

namespace WhaiNot.Cli.Bench;

/// <summary>
/// Runs N stream clients at once against one appliance: each its own conversation (dossiers of the
/// user's team, shared round-robin), all at real-time pace, while the appliance process is sampled.
/// Afterwards the stored audio of every conversation is compared with what was sent.
/// </summary>
internal sealed class StreamBenchRunner(ApplianceApi api, TextWriter progress)
{
    public async Task<StreamBenchReport> RunAsync(BenchSetup setup, IReadOnlyList<byte[]> chunks, TimeSpan wait, int? processId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var dossiers = await api.DossiersAsync(cancellationToken);
        if (dossiers.Count == 0)
        {
            throw new CliException(ExitCodes.BadInput, "Deze gebruiker ziet geen dossiers; de bench start zijn gesprekken in de dossiers van het team van de gebruiker.");
        }

        var clients = new List<BenchClient>();
        try
        {
            // Set up every conversation first, so the measured window holds only the streaming itself.
            for (var i = 0; i < setup.Streams; i++)
            {
                var client = new BenchClient(api, chunks);
                clients.Add(client);
                var number = i + 1;
                client.Stream.Notice += message => progress.WriteLine($"stroom {number}: {message}");
                var conversation = await api.StartConversationAsync(dossiers[i % dossiers.Count].Id, cancellationToken);
                await api.RecordConsentAsync(conversation, cancellationToken);
                await client.Stream.JoinAsync(conversation, cancellationToken);
            }

            progress.WriteLine(Dutch.Format($"{setup.Streams} {(setup.Streams == 1 ? "gesprek" : "gesprekken")} klaar; {setup.SecondsPerStream:0.0} s audio per stroom, op real-time tempo…"));
            ProcessFigures? figures;
            await using (var meter = processId is { } pid ? ProcessMeter.Start(pid) : null)
            {
                await Task.WhenAll(clients.Select(c => c.RunAsync(api, wait, cancellationToken)));
                figures = meter is null ? null : await meter.StopAsync();
            }

            foreach (var client in clients)
            {
                client.Accounting = ChunkAccounting.Compare(client.Stream.Ledger, await api.AudioAsync(client.Stream.Conversation, cancellationToken));
            }

            return StreamBenchReport.From(setup, clients, figures, wait);
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
    }
}
