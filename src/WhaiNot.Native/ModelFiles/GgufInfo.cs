namespace WhaiNot.Native.ModelFiles;

/// <summary>What <see cref="GgufReader"/> found in a GGUF file's header; tensor data is not loaded.</summary>
public sealed class GgufInfo
{
    /// <summary>The path that was read.</summary>
    public required string FilePath { get; init; }

    /// <summary>File length in bytes.</summary>
    public required long FileLength { get; init; }

    /// <summary>GGUF version (2 or 3).</summary>
    public required int Version { get; init; }

    /// <summary>"general.architecture" (e.g. "llama"), or null when the file has none.</summary>
    public string? Architecture { get; init; }

    /// <summary>"general.name", or null when the file has none.</summary>
    public string? Name { get; init; }

    /// <summary>Data alignment in bytes ("general.alignment", default 32).</summary>
    public required int Alignment { get; init; }

    /// <summary>Absolute position of the data section (the first tensor's data).</summary>
    public required long DataOffset { get; init; }

    /// <summary>Number of tensors.</summary>
    public int TensorCount => Tensors.Count;

    /// <summary>
    /// Metadata by key. Scalars keep their GGUF type as the .NET type (byte, sbyte, ushort, short, uint,
    /// int, float, bool, string, ulong, long, double); arrays appear as <see cref="GgufArraySummary"/>.
    /// </summary>
    public required IReadOnlyDictionary<string, object> Metadata { get; init; }

    /// <summary>Tensors in file order.</summary>
    public required IReadOnlyList<ModelTensorInfo> Tensors { get; init; }
}
