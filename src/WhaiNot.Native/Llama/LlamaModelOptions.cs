namespace WhaiNot.Native.Llama;

/// <summary>How to load a llama model. GpuLayers 0 keeps everything on the CPU; -1 offloads all layers.</summary>
public sealed record LlamaModelOptions(int GpuLayers = 0);
