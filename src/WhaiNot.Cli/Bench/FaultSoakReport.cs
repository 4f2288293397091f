using System.Globalization;
using System.Text.Json;

namespace WhaiNot.Cli.Bench;

/// <summary>What the fault bench found: faults injected per kind, and what the box kept.</summary>
internal sealed record FaultSoakReport(
    int Seed,
    int Conversations,
    int ChunksPerConversation,
    IReadOnlyDictionary<FaultKind, int> Faults,
    long AcknowledgedChunks,
    int LostChunks,
    long ExtraBytes,
    int Incomplete,
    bool AuditIntact,
    string AuditNote,
    string? DiskNote,
    TimeSpan Elapsed)
{
    public int FaultsInjected => Faults.Values.Sum();

    public bool Passed => LostChunks == 0 && ExtraBytes == 0 && Incomplete == 0 && AuditIntact;

    public void WriteText(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"faults injected / acknowledged chunks lost: {FaultsInjected} / {LostChunks}"));
        output.WriteLine($"fouten:        {Faults[FaultKind.ConnectionDrop]} verbinding verbroken, {Faults[FaultKind.ClientRestart]} client herstart, {Faults[FaultKind.ApplianceKill]} appliance SIGKILL + herstart, {Faults[FaultKind.DiskFull]} schijf vol");
        output.WriteLine($"gesprekken:    {Conversations} ({ChunksPerConversation} stukken elk, zaad {Seed}); {Incomplete} niet volledig geüpload");
        output.WriteLine($"stukken:       {AcknowledgedChunks} bevestigd, {LostChunks} verloren, {ExtraBytes} bytes te veel bewaard");
        output.WriteLine($"auditketen:    {AuditNote}");
        if (DiskNote is not null)
        {
            output.WriteLine($"schijf vol:    {DiskNote}");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"duur:          {Elapsed.TotalSeconds:0} s"));
        output.WriteLine(Passed ? "Resultaat: in orde." : "Resultaat: NIET in orde.");
    }

    public void WriteJson(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(JsonSerializer.Serialize(
            new
            {
                seed = Seed,
                conversations = Conversations,
                chunksPerConversation = ChunksPerConversation,
                faultsInjected = FaultsInjected,
                faults = Faults.ToDictionary(f => f.Key.ToString(), f => f.Value),
                acknowledgedChunks = AcknowledgedChunks,
                acknowledgedChunksLost = LostChunks,
                extraBytes = ExtraBytes,
                incomplete = Incomplete,
                auditIntact = AuditIntact,
                diskNote = DiskNote,
                seconds = Math.Round(Elapsed.TotalSeconds),
                passed = Passed,
            },
            new JsonSerializerOptions { WriteIndented = true }));
    }
}
