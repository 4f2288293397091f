namespace WhaiNot.Native.ModelFiles;

/// <summary>
/// The tensors whisper_model_load creates for given hyper-parameters (names from whisper-arch.h,
/// shapes in ggml ne order, types as it picks them) — what a file must contain, no more, no less.
/// </summary>
public static class WhisperTensorLayout
{
    /// <summary>ggml_ftype_to_ggml_type: the type of the big matrices for a file's ftype (after % 1000).</summary>
    /// <remarks>An ftype outside this list makes that ggml function assert, which aborts the process; so check first.</remarks>
    public static bool TryGetWeightType(int ftype, out GgmlType weightType)
    {
        GgmlType? type = ftype switch
        {
            0 => GgmlType.F32,
            1 => GgmlType.F16,
            2 => GgmlType.Q4_0,
            3 => GgmlType.Q4_1,
            7 => GgmlType.Q8_0,
            8 => GgmlType.Q5_0,
            9 => GgmlType.Q5_1,
            10 => GgmlType.Q2_K,
            11 => GgmlType.Q3_K,
            12 => GgmlType.Q4_K,
            13 => GgmlType.Q5_K,
            14 => GgmlType.Q6_K,
            15 => GgmlType.IQ2_XXS,
            16 => GgmlType.IQ2_XS,
            17 => GgmlType.IQ3_XXS,
            18 => GgmlType.IQ1_S,
            19 => GgmlType.IQ4_NL,
            20 => GgmlType.IQ3_S,
            21 => GgmlType.IQ2_S,
            22 => GgmlType.IQ4_XS,
            23 => GgmlType.IQ1_M,
            24 => GgmlType.BF16,
            25 => GgmlType.MXFP4,
            26 => GgmlType.NVFP4,
            27 => GgmlType.Q1_0,
            28 => GgmlType.Q2_0,
            _ => null,
        };
        weightType = type ?? GgmlType.F32;
        return type is not null;
    }

    /// <summary>The ftype to store for a weight type (inverse of <see cref="TryGetWeightType"/>).</summary>
    public static int FileTypeOf(GgmlType weightType)
    {
        for (var ftype = 0; ftype <= 28; ftype++)
        {
            if (TryGetWeightType(ftype, out var type) && type == weightType)
            {
                return ftype;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(weightType), weightType, "whisper.cpp has no ftype for this type.");
    }

    /// <summary>Expected tensors in the order whisper.cpp's converter writes them.</summary>
    public static List<TensorSpec> Create(WhisperDims dims, GgmlType weightType)
    {
        ArgumentNullException.ThrowIfNull(dims);
        long s = dims.AudioState;
        var w = weightType;

        // whisper.cpp keeps the convolutions in F16 unless the whole model is F32.
        var v = weightType == GgmlType.F32 ? GgmlType.F32 : GgmlType.F16;
        var f = GgmlType.F32;
        var tensors = new List<TensorSpec>(dims.TensorCount)
        {
            new("encoder.positional_embedding", f, [s, dims.AudioContext]),
            new("encoder.conv1.weight", v, [3, dims.MelCount, s]),
            new("encoder.conv1.bias", f, [1, s]),
            new("encoder.conv2.weight", v, [3, s, s]),
            new("encoder.conv2.bias", f, [1, s]),
            new("encoder.ln_post.weight", f, [s], TensorFill.Ones),
            new("encoder.ln_post.bias", f, [s], TensorFill.Zeros),
        };
        for (var i = 0; i < dims.AudioLayers; i++)
        {
            AddBlock(tensors, $"encoder.blocks.{i}.", s, w, cross: false);
        }

        tensors.Add(new("decoder.positional_embedding", f, [s, dims.TextContext]));
        tensors.Add(new("decoder.token_embedding.weight", w, [s, dims.VocabularySize]));
        tensors.Add(new("decoder.ln.weight", f, [s], TensorFill.Ones));
        tensors.Add(new("decoder.ln.bias", f, [s], TensorFill.Zeros));
        for (var i = 0; i < dims.TextLayers; i++)
        {
            AddBlock(tensors, $"decoder.blocks.{i}.", s, w, cross: true);
        }

        return tensors;
    }

    private static void AddBlock(List<TensorSpec> tensors, string prefix, long s, GgmlType w, bool cross)
    {
        var f = GgmlType.F32;
        tensors.Add(new(prefix + "mlp_ln.weight", f, [s], TensorFill.Ones));
        tensors.Add(new(prefix + "mlp_ln.bias", f, [s], TensorFill.Zeros));
        tensors.Add(new(prefix + "mlp.0.weight", w, [s, 4 * s]));
        tensors.Add(new(prefix + "mlp.0.bias", f, [4 * s]));
        tensors.Add(new(prefix + "mlp.2.weight", w, [4 * s, s]));
        tensors.Add(new(prefix + "mlp.2.bias", f, [s]));
        AddAttention(tensors, prefix + "attn", s, w);
        if (cross)
        {
            AddAttention(tensors, prefix + "cross_attn", s, w);
        }
    }

    private static void AddAttention(List<TensorSpec> tensors, string prefix, long s, GgmlType w)
    {
        var f = GgmlType.F32;
        tensors.Add(new(prefix + "_ln.weight", f, [s], TensorFill.Ones));
        tensors.Add(new(prefix + "_ln.bias", f, [s], TensorFill.Zeros));
        tensors.Add(new(prefix + ".query.weight", w, [s, s]));
        tensors.Add(new(prefix + ".query.bias", f, [s]));

        // The key projection has no bias in Whisper.
        tensors.Add(new(prefix + ".key.weight", w, [s, s]));
        tensors.Add(new(prefix + ".value.weight", w, [s, s]));
        tensors.Add(new(prefix + ".value.bias", f, [s]));
        tensors.Add(new(prefix + ".out.weight", w, [s, s]));
        tensors.Add(new(prefix + ".out.bias", f, [s]));
    }
}
