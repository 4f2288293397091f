using System.Diagnostics;
using WhaiNot.Cli.Streaming;
using WhaiNot.Storage;

namespace WhaiNot.Cli.Bench;

/// <summary>Settings of one fault soak.</summary>
internal sealed record FaultSoakSetup(int Conversations, int Faults, int Parallel, int ChunksPerConversation, int Seed, int DiskMegabytes);

/// <summary>
/// The fault soak: conversations upload against a child appliance (through <see cref="FaultProxy"/>)
/// while seeded faults hit at seeded moments: connection drops, client restarts, SIGKILL + restart
/// of the appliance, and a full disk (a small tmpfs filled to the last byte, when root). New
/// conversations keep starting until both the conversation count and the fault count are reached.
/// Afterwards every acknowledged chunk must be on the box byte-exact (read back through the API),
/// nothing stored twice, and the audit chain must verify after a final SIGKILL.
/// </summary>
internal sealed class FaultSoakRunner(string appliancePath, TextWriter progress)
{
    private const int DiskLevelMegabytes = 64;

    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(3);

    private int _injected;

    public async Task<FaultSoakReport> RunAsync(FaultSoakSetup setup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var clock = Stopwatch.StartNew();
        var random = new Random(setup.Seed);
        var faults = Enum.GetValues<FaultKind>().ToDictionary(k => k, _ => 0);
        string? diskNote = "uitgeschakeld (--disk-mb 0)";
        // The box refuses new recordings below its minimum free space (1 GB by default, 64 MB at
        // the least), which would call a small tmpfs full from the start. So the levels go to that
        // least and the tmpfs gets it on top: new recordings start, and filling it to the last byte
        // still hits the writes of recordings under way.
        var megabytes = setup.DiskMegabytes + DiskLevelMegabytes;
        using var disk = setup.DiskMegabytes > 0 ? FaultDisk.TryMount(megabytes, out diskNote) : null;
        if (disk is not null)
        {
            diskNote = $"datamap op een tmpfs van {megabytes} MB, tot de laatste byte gevuld en weer vrijgemaakt";
        }

        var level = DiskLevelMegabytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string[] arguments = disk is null
            ? ["--Appliance:DemoEngines", "false"]
            : ["--Appliance:DemoEngines", "false", "--Appliance:MinimumFreeDiskMegabytes", level, "--Appliance:DiskWarningMegabytes", level];
        var child = await ChildAppliance.StartAsync(appliancePath, sourceData: null, arguments, cancellationToken, disk?.MountPoint);
        try
        {
            await using var proxy = new FaultProxy(child.BaseAddress);
            var (user, password) = child.Worker();
            using var api = new ApplianceApi(proxy.BaseAddress, child.Trust(), user, password);
            var dossiers = await RetryAsync(() => api.DossiersAsync(cancellationToken), cancellationToken);
            var conversations = new List<FaultConversation>();
            var started = 0;

            async Task Worker(int worker)
            {
                var pcm = new Random(setup.Seed ^ (worker * 7919));
                while (Interlocked.Increment(ref started) is var number && (number <= setup.Conversations || Volatile.Read(ref _injected) < setup.Faults))
                {
                    var chunks = Chunks(pcm, setup.ChunksPerConversation);
                    var id = await RetryAsync(() => api.StartConversationAsync(dossiers[number % dossiers.Count].Id, cancellationToken), cancellationToken);
                    await RetryAsync(async () => { await api.RecordConsentAsync(id, cancellationToken); return true; }, cancellationToken);
                    var conversation = new FaultConversation(api, chunks, id);
                    lock (conversations)
                    {
                        conversations.Add(conversation);
                    }

                    await conversation.RunAsync(GiveUpAfter, cancellationToken);
                }
            }

            var workers = Enumerable.Range(0, setup.Parallel).Select(Worker).ToList();
            var injector = InjectAsync(setup, random, faults, child, proxy, disk, conversations, Task.WhenAll(workers), cancellationToken);
            await Task.WhenAll(workers);
            await injector;

            progress.WriteLine($"{conversations.Count} gesprekken geüpload; de audio wordt nagelezen…");
            long acknowledged = 0;
            var (lost, extra, incomplete) = (0, 0L, 0);
            using var direct = new ApplianceApi(child.BaseAddress, child.Trust(), user, password);
            foreach (var conversation in conversations)
            {
                var stored = await direct.AudioAsync(conversation.Id, cancellationToken);
                var (l, e) = conversation.Check(stored);
                (lost, extra) = (lost + l, extra + e);
                acknowledged += conversation.Acked + 1;
                incomplete += conversation.Acked < conversation.Chunks.Count - 1 ? 1 : 0;
            }

            // The chain must survive a SIGKILL: verify it on the folder of the killed appliance.
            await child.KillAsync();
            var (intact, note) = VerifyAudit(child.DataRoot);
            return new FaultSoakReport(setup.Seed, conversations.Count, setup.ChunksPerConversation, faults, acknowledged, lost, extra, incomplete, intact, note, diskNote, clock.Elapsed);
        }
        finally
        {
            await child.DisposeAsync();
        }
    }

    private async Task InjectAsync(FaultSoakSetup setup, Random random, Dictionary<FaultKind, int> faults, ChildAppliance child, FaultProxy proxy, FaultDisk? disk, List<FaultConversation> conversations, Task uploads, CancellationToken cancellationToken)
    {
        while (!uploads.IsCompleted && Volatile.Read(ref _injected) < setup.Faults)
        {
            await Task.WhenAny(uploads, Task.Delay(random.Next(100, 900), cancellationToken));
            if (uploads.IsCompleted)
            {
                return;
            }

            var roll = random.Next(disk is null ? 9 : 10);
            var kind = roll switch { < 4 => FaultKind.ConnectionDrop, < 7 => FaultKind.ClientRestart, < 9 => FaultKind.ApplianceKill, _ => FaultKind.DiskFull };
            switch (kind)
            {
                case FaultKind.ConnectionDrop:
                    proxy.Sever();
                    break;
                case FaultKind.ClientRestart:
                    FaultConversation[] active;
                    lock (conversations)
                    {
                        active = [.. conversations.Where(c => c.Active)];
                    }

                    if (active.Length == 0 || !active[random.Next(active.Length)].RestartClient())
                    {
                        continue;
                    }

                    break;
                case FaultKind.ApplianceKill:
                    await child.KillAsync();
                    await Task.Delay(random.Next(0, 500), cancellationToken);
                    await child.RestartAsync(cancellationToken);
                    break;
                case FaultKind.DiskFull:
                    disk!.Fill();
                    await Task.Delay(random.Next(300, 1500), cancellationToken);
                    disk.Free();
                    if (child.HasExited)
                    {
                        progress.WriteLine("De appliance stopte bij een volle schijf; ze wordt herstart.");
                        await child.RestartAsync(cancellationToken);
                    }

                    break;
            }

            faults[kind]++;
            var total = Interlocked.Increment(ref _injected);
            if (total % 50 == 0)
            {
                progress.WriteLine($"{total} fouten geïnjecteerd…");
            }
        }
    }

    private static (bool Intact, string Note) VerifyAudit(string dataRoot)
    {
        using var store = ApplianceStore.Open(DataFolder.Resolve(dataRoot), createIfMissing: false);
        var result = store.Audit.Verify();
        return result.IsIntact
            ? (true, $"intact ({result.EntriesChecked} regels, nagekeken na een laatste SIGKILL)")
            : (false, $"gebroken bij regel {result.FirstBrokenSequence}: {result.Problem}");
    }

    /// <summary>Seeded noise chunks of 0.25 s (the stream client's size): every chunk different, so a misplaced one shows.</summary>
    private static List<byte[]> Chunks(Random random, int count)
    {
        var chunks = new List<byte[]>(count);
        for (var i = 0; i < count; i++)
        {
            var chunk = new byte[Pcm16Chunks.ChunkBytes];
            random.NextBytes(chunk);
            chunks.Add(chunk);
        }

        return chunks;
    }

    /// <summary>An API call during faults: tried again until it works or two minutes pass.</summary>
    private static async Task<T> RetryAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await call();
            }
            catch (Exception ex) when (ex is CliException or HttpRequestException or IOException or TaskCanceledException && !cancellationToken.IsCancellationRequested && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(250, cancellationToken);
            }
        }
    }
}
