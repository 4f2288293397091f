using WhaiNot.Native.ModelFiles;

namespace WhaiNot.TestModels;

/// <summary>
/// Self-made test models with seeded random weights: the same seed gives the same bytes on every
/// machine and .NET version (SplitMix64, weights built from raw bits, no System.Random).
/// </summary>
/// <remarks>
/// <para>
/// The models have the right architecture, tokenizer and tensor shapes, and nonsense weights: each
/// weight matrix holds values of random sign with magnitudes between 2^-9 and 2^-5, norm weights are
/// 1 and norm biases 0. So they load, transcribe, tokenize, decode and sample exactly like a trained
/// model of the same shape — the output is gibberish, but the work per token (matrix sizes, number
/// of layers, context) and hence the speed and memory use don't depend on the weight values. What
/// does depend on them is how many tokens get generated: a random model rarely chooses end-of-text,
/// so cap the output length (whisper's max tokens, llama's n_predict or a grammar) when timing. The
/// full-shape models are for load, memory and speed tests; the tiny ones for fast functional tests.
/// </para>
/// <para>
/// Writers stream tensor data in 1 MiB chunks, so the multi-gigabyte files never sit in memory. If a
/// writer fails or is cancelled, it deletes the partial file.
/// </para>
/// </remarks>
public static class TestModelFiles
{
    /// <summary>general.name of <see cref="WriteLlamaTiny"/>'s model.</summary>
    public const string LlamaTinyName = "whainot-tiny-random";

    /// <summary>general.name of <see cref="WriteLlamaFullShapeF16"/>'s model.</summary>
    public const string LlamaFullShapeName = "whainot-8b-shape-random";

    /// <summary>A simple chatml template (Jinja), stored as tokenizer.chat_template.</summary>
    public const string ChatMlTemplate =
        "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n' }}{% endfor %}" +
        "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}";

    private const int ChunkSize = 1 << 20;

    /// <summary>
    /// Writes a tiny multilingual Whisper model (about 7.9 MB): <see cref="WhisperDims.TinyDefault"/>
    /// (n_vocab 51865 so language detection works, width 64, 2 heads, 1 encoder and 1 decoder layer,
    /// n_audio_ctx 1500, n_text_ctx 448, 80 mels), F16 matrices, a vocabulary of a few hundred
    /// printable pieces (the " " token included) repeated over all text token ids. Runs whisper_full in well under a second.
    /// </summary>
    /// <param name="path">File to create or overwrite.</param>
    /// <param name="seed">Weight seed; the same seed gives the same bytes.</param>
    public static void WriteWhisperTiny(string path, int seed = 42) =>
        WriteWhisper(path, WhisperDims.TinyDefault, seed, null, CancellationToken.None);

    /// <summary>
    /// Writes a model with Whisper large-v3-turbo's shapes (<see cref="WhisperDims.FullShape"/>: n_vocab
    /// 51866, width 1280, 20 heads, 32 encoder and 4 decoder layers, 128 mels), F16, about 1.6 GB,
    /// streamed to disk. Blocks while writing; from async code run it on a worker thread.
    /// </summary>
    /// <param name="path">File to create or overwrite.</param>
    /// <param name="seed">Weight seed.</param>
    /// <param name="progress">Receives the fraction of tensor data written (0 … 1).</param>
    /// <param name="cancellationToken">Stops writing and deletes the partial file.</param>
    public static void WriteWhisperFullShape(string path, int seed, IProgress<double>? progress = null, CancellationToken cancellationToken = default) =>
        WriteWhisper(path, WhisperDims.FullShape, seed, progress, cancellationToken);

    /// <summary>
    /// Writes a tiny llama GGUF (about 0.3 MB): <see cref="LlamaDims.TinyDefault"/> (E 64, 4 heads, 2
    /// blocks, context 4096), F16 matrices, general.name "whainot-tiny-random", a SentencePiece
    /// vocabulary (&lt;unk&gt;, &lt;s&gt;, &lt;/s&gt;, 256 byte tokens, "▁", JSON characters and words
    /// such as "true", "false", "▁de" with negative scores, chatml markers) and a chatml
    /// tokenizer.chat_template. Loads, tokenizes, decodes and samples under a grammar.
    /// </summary>
    /// <param name="path">File to create or overwrite.</param>
    /// <param name="seed">Weight seed; the same seed gives the same bytes.</param>
    public static void WriteLlamaTiny(string path, int seed = 42) =>
        WriteLlama(path, LlamaDims.TinyDefault, LlamaTinyName, seed, null, CancellationToken.None);

    /// <summary>
    /// Writes an 8B-shaped llama GGUF in F16 (<see cref="LlamaDims.FullShape"/>: E 4096, 32 heads, 8 KV
    /// heads, 32 blocks, F 14336, context 8192, RoPE base 500000; the tiny vocabulary padded to 32000
    /// tokens so embedding and output have production shapes), about 14.5 GB, streamed to disk. Meant
    /// as input for llama_model_quantize. Blocks while writing; from async code run it on a worker thread.
    /// </summary>
    /// <param name="path">File to create or overwrite.</param>
    /// <param name="seed">Weight seed.</param>
    /// <param name="progress">Receives the fraction of tensor data written (0 … 1).</param>
    /// <param name="cancellationToken">Stops writing and deletes the partial file.</param>
    public static void WriteLlamaFullShapeF16(string path, int seed, IProgress<double>? progress = null, CancellationToken cancellationToken = default) =>
        WriteLlama(path, LlamaDims.FullShape, LlamaFullShapeName, seed, progress, cancellationToken);

    /// <summary>Writes a Whisper test model of any shape (F16, multilingual layout when n_vocab ≥ 51865).</summary>
    internal static void WriteWhisper(string path, WhisperDims dims, int seed, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dims);
        var tensors = WhisperTensorLayout.Create(dims, GgmlType.F16);
        var vocabulary = TestVocabularies.Whisper(dims.EndOfTextToken);
        var filters = MelFilters(dims.MelCount, WhisperModelReader.FftSize);
        WriteFile(path, stream =>
        {
            using var writer = new WhisperModelWriter(stream, leaveOpen: true);
            writer.WriteHeader(dims, WhisperTensorLayout.FileTypeOf(GgmlType.F16), filters, dims.MelCount, WhisperModelReader.FftSize, vocabulary);
            var tracker = new ProgressTracker(tensors.Sum(t => t.ByteSize), progress, cancellationToken);
            var buffer = new byte[ChunkSize];
            for (var i = 0; i < tensors.Count; i++)
            {
                var spec = tensors[i];
                writer.BeginTensor(spec.Name, spec.Type, spec.Dimensions.Select(d => (int)d).ToArray());
                WriteData(spec, SplitMix64.ForStream(seed, i), buffer, writer.WriteTensorData, tracker);
            }

            writer.Finish();
        });
    }

    /// <summary>Writes a llama test model of any shape (F16 matrices, F32 norms).</summary>
    internal static void WriteLlama(string path, LlamaDims dims, string name, int seed, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dims);
        var vocabulary = TestVocabularies.Llama(dims.MinVocabularySize);
        var tensors = LlamaTensorLayout.Create(dims, vocabulary.Tokens.Count, GgmlType.F16);
        WriteFile(path, stream =>
        {
            using var writer = new GgufWriter(stream, leaveOpen: true);
            writer.AddString("general.architecture", "llama");
            writer.AddString("general.name", name);

            // LLAMA_FTYPE_MOSTLY_F16; llama.cpp shows it and the quantizer rewrites it.
            writer.AddUInt32("general.file_type", 1);
            writer.AddUInt32("llama.context_length", (uint)dims.ContextLength);
            writer.AddUInt32("llama.embedding_length", (uint)dims.EmbeddingLength);
            writer.AddUInt32("llama.block_count", (uint)dims.BlockCount);
            writer.AddUInt32("llama.feed_forward_length", (uint)dims.FeedForwardLength);
            writer.AddUInt32("llama.attention.head_count", (uint)dims.HeadCount);
            writer.AddUInt32("llama.attention.head_count_kv", (uint)dims.HeadCountKv);
            writer.AddUInt32("llama.rope.dimension_count", (uint)dims.HeadSize);
            writer.AddFloat32("llama.rope.freq_base", dims.RopeFreqBase);
            writer.AddFloat32("llama.attention.layer_norm_rms_epsilon", 1e-5f);
            writer.AddUInt32("llama.vocab_size", (uint)vocabulary.Tokens.Count);
            writer.AddString("tokenizer.ggml.model", "llama");
            writer.AddStringArray("tokenizer.ggml.tokens", vocabulary.Tokens);
            writer.AddFloat32Array("tokenizer.ggml.scores", vocabulary.Scores);
            writer.AddInt32Array("tokenizer.ggml.token_type", vocabulary.Types);
            writer.AddUInt32("tokenizer.ggml.bos_token_id", 1);
            writer.AddUInt32("tokenizer.ggml.eos_token_id", 2);
            writer.AddUInt32("tokenizer.ggml.unknown_token_id", 0);
            writer.AddBool("tokenizer.ggml.add_bos_token", true);
            writer.AddBool("tokenizer.ggml.add_eos_token", false);
            writer.AddString("tokenizer.chat_template", ChatMlTemplate);
            foreach (var spec in tensors)
            {
                writer.AddTensor(spec.Name, spec.Type, spec.Dimensions);
            }

            writer.WriteHeader();
            var tracker = new ProgressTracker(tensors.Sum(t => t.ByteSize), progress, cancellationToken);
            var buffer = new byte[ChunkSize];
            for (var i = 0; i < tensors.Count; i++)
            {
                WriteData(tensors[i], SplitMix64.ForStream(seed, i), buffer, writer.WriteTensorData, tracker);
            }

            writer.Finish();
        });
    }

    /// <summary>A crude mel filter bank: one FFT bin per mel band, spread over the spectrum; enough for whisper_full to run.</summary>
    private static float[] MelFilters(int melCount, int fftSize)
    {
        var filters = new float[melCount * fftSize];
        for (var m = 0; m < melCount; m++)
        {
            filters[(m * fftSize) + 1 + (m * (fftSize - 2) / melCount)] = 1f;
        }

        return filters;
    }

    private static void WriteData(TensorSpec spec, SplitMix64 random, byte[] buffer, Action<ReadOnlySpan<byte>> sink, ProgressTracker tracker)
    {
        var remaining = spec.ByteSize;
        while (remaining > 0)
        {
            var chunk = buffer.AsSpan(0, (int)Math.Min(remaining, buffer.Length));
            RandomWeights.Fill(chunk, spec.Type, spec.Fill, ref random);
            sink(chunk);
            remaining -= chunk.Length;
            tracker.Advance(chunk.Length);
        }
    }

    private static void WriteFile(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None, BufferSize = ChunkSize };
        var stream = new FileStream(path, options);
        try
        {
            using (stream)
            {
                write(stream);
            }
        }
        catch
        {
            // A half-written model would only be refused as damaged later; better no file than a misleading one.
            File.Delete(path);
            throw;
        }
    }
}
