namespace WhaiNot.Native.ModelFiles;

/// <summary>What <see cref="WhisperModelReader"/> found in a whisper.cpp ggml model; tensor data is not loaded.</summary>
public sealed class WhisperModelInfo
{
    /// <summary>The path that was read.</summary>
    public required string FilePath { get; init; }

    /// <summary>File length in bytes.</summary>
    public required long FileLength { get; init; }

    /// <summary>The hyper-parameters.</summary>
    public required WhisperDims Dims { get; init; }

    /// <summary>ggml ftype (0 = F32, 1 = F16, 7 = Q8_0, 8 = Q5_0, …), already reduced modulo 1000.</summary>
    public required int FileType { get; init; }

    /// <summary>Quantization version (the ftype's thousands).</summary>
    public required int QuantizationVersion { get; init; }

    /// <summary>Type of the big matrices, from <see cref="FileType"/>.</summary>
    public required GgmlType WeightType { get; init; }

    /// <summary>Number of vocabulary strings stored in the file (whisper.cpp invents the rest up to n_vocab).</summary>
    public required int VocabularyInFile { get; init; }

    /// <summary>Multilingual model (n_vocab ≥ 51865): language detection and translation work.</summary>
    public bool IsMultilingual => Dims.IsMultilingual;

    /// <summary>Tensors in file order; <see cref="ModelTensorInfo.Type"/> is the type the file states.</summary>
    public required IReadOnlyList<ModelTensorInfo> Tensors { get; init; }
}
