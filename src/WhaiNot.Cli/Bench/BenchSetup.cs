namespace WhaiNot.Cli.Bench;

/// <summary>What ran: streams, length, audio source, which appliance, on what machine and when.</summary>
internal sealed record BenchSetup(int Streams, double SecondsPerStream, string Input, string Appliance, string? Engines)
{
    public int Cores { get; } = Environment.ProcessorCount;

    public DateTimeOffset MeasuredAt { get; } = DateTimeOffset.UtcNow;
}
