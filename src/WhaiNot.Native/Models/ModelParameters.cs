namespace WhaiNot.Native.Models;

/// <summary>Engine settings for one model. GpuLayers: -1 all on the GPU, 0 CPU only.</summary>
public sealed record ModelParameters(int GpuLayers = -1, int ContextSize = 8192, int Threads = 0);
