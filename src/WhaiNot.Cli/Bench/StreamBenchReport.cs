using System.Text.Json;
using System.Text.Json.Serialization;

namespace WhaiNot.Cli.Bench;

/// <summary>The figures of one bench run, as printed and as --json writes them (for docs/performance.md).</summary>
internal sealed record StreamBenchReport(
    BenchSetup Setup,
    LatencySummary PartialSegmentLatency,
    LatencySummary FinalSegmentLatency,
    LatencySummary AckLatency,
    TranscriptionSummary Transcription,
    ProcessFigures? ApplianceProcess,
    ChunkSummary Chunks,
    double ClientMaxLateSeconds,
    bool? RealTime,
    string Verdict)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static StreamBenchReport From(BenchSetup setup, IReadOnlyList<BenchClient> clients, ProcessFigures? process, TimeSpan wait)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var lags = clients.SelectMany(c => c.Lags).ToList();
        var tails = clients.Where(c => c.CompleteAfterLastChunk is not null).Select(c => c.CompleteAfterLastChunk!.Value).ToList();
        var transcription = new TranscriptionSummary(
            lags.Count,
            lags.Count == 0 ? null : Round(lags.Max()),
            Round(Percentile.Of(lags, 0.95)),
            clients.Count(c => c.Completed),
            tails.Count == 0 ? null : Round(tails.Max()),
            Round(Percentile.Of(tails, 0.5)),
            wait.TotalSeconds);
        var accounts = clients.Select(c => c.Accounting ?? new ChunkAccounting(c.Stream.Ledger.Count, 0, c.Stream.Ledger.Count, 0)).ToList();
        var chunks = new ChunkSummary(
            accounts.Sum(a => a.Sent),
            accounts.Sum(a => a.Acknowledged),
            accounts.Sum(a => a.Lost),
            accounts.Sum(a => a.Duplicated),
            clients.Sum(c => c.Stream.Ledger.Resent));
        var late = Round(clients.Max(c => c.Stream.MaxLateSeconds)) ?? 0;
        var (realTime, verdict) = RealTimeVerdict.Judge(setup.Streams, transcription, chunks, late, setup.Engines == RealTimeVerdict.EnginesOff);
        return new StreamBenchReport(
            setup,
            LatencySummary.Of(clients.SelectMany(c => c.PartialLatencies).ToList()),
            LatencySummary.Of(clients.SelectMany(c => c.FinalLatencies).ToList()),
            LatencySummary.Of(clients.SelectMany(c => c.AckLatencies).ToList()),
            transcription,
            process is null ? null : new ProcessFigures(Math.Round(process.CpuPercentMean, 1), Math.Round(process.CpuPercentPeak, 1), Math.Round(process.PeakRssMebibytes, 1)),
            chunks,
            late,
            realTime,
            verdict);
    }

    public void WriteJson(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(JsonSerializer.Serialize(this, Json));
    }

    public void WriteText(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var t = Transcription;
        output.WriteLine(Dutch.Format($"Live stream: {Setup.Streams} {(Setup.Streams == 1 ? "stroom" : "stromen")} × {Setup.SecondsPerStream:0.0} s ({Setup.Input}), real-time tempo; appliance: {Setup.Appliance}, engines {Setup.Engines ?? "onbekend"}"));
        output.WriteLine($"segmentlatentie partieel:    {PartialSegmentLatency.Describe()}");
        output.WriteLine($"segmentlatentie definitief:  {FinalSegmentLatency.Describe()}");
        output.WriteLine($"bevestiging (Acked):         {AckLatency.Describe()}");
        output.WriteLine(Dutch.Format(
            $"transcriptieachterstand:     max {Seconds(t.LagMaxSeconds)} · p95 {Seconds(t.LagP95Seconds)} ({t.Events} Transcription-events); laatste stuk → volledig: max {Seconds(t.CompleteAfterLastChunkMaxSeconds)} · p50 {Seconds(t.CompleteAfterLastChunkP50Seconds)} ({t.CompletedStreams} van {Setup.Streams} volledig binnen {t.WaitSeconds:0} s)"));
        output.WriteLine(ApplianceProcess is { } p
            ? Dutch.Format($"appliance-proces:            CPU gemiddeld {p.CpuPercentMean:0} % van één kern (piek {p.CpuPercentPeak:0} %), geheugen piek {p.PeakRssMebibytes:0} MiB (RSS)")
            : "appliance-proces:            CPU en geheugen n.v.t. (geen proces-id op deze machine; geef --pid)");
        output.WriteLine($"stukken:                     {Chunks.Sent} verstuurd, {Chunks.Acknowledged} bevestigd, {Chunks.Lost} verloren, {Chunks.Duplicated} dubbel ({Chunks.Resent} opnieuw verstuurd na een onderbreking)");
        if (ClientMaxLateSeconds > RealTimeVerdict.MaxClientLateSeconds)
        {
            output.WriteLine(Dutch.Format($"let op: de bench-client zelf liep tot {ClientMaxLateSeconds:0.0} s achter op het real-time schema."));
        }

        output.WriteLine($"oordeel: {Verdict}");
    }

    internal static double? Round(double? value) => value is { } v ? Math.Round(v, 3) : null;

    internal static string Seconds(double? value) => value is { } v ? Dutch.Format($"{v:0.00} s") : "–";
}
