namespace WhaiNot.Cli.Bench;

/// <summary>Chunks over all streams; lost and duplicated must be 0.</summary>
internal sealed record ChunkSummary(int Sent, int Acknowledged, int Lost, int Duplicated, long Resent);
