using System.Diagnostics;
using System.Text;
using WhaiNot.Native.ModelFiles;
using WhaiNot.Native.Runtime;

namespace WhaiNot.Native.Llama;

/// <summary>
/// A loaded llama model. Each generation gets its own context (KV cache), so calls don't share
/// state; a grammar sampler, when given, makes every generated token keep the output parseable.
/// </summary>
public sealed unsafe class LlamaModel : IDisposable
{
    private const int AbortedByCallback = 2;

    private readonly SafeLlamaModelHandle _model;
    private readonly nint _vocab;
    private readonly Lazy<TokenPieces> _pieces;

    private LlamaModel(SafeLlamaModelHandle model, string path, GgufInfo info)
    {
        _model = model;
        _vocab = LlamaNative.ModelVocab(model);
        _pieces = new Lazy<TokenPieces>(ReadPieces);
        Path = path;
        Info = info;
    }

    public string Path { get; }

    public GgufInfo Info { get; }

    /// <exception cref="ModelFileException">The file is not a valid GGUF model.</exception>
    /// <exception cref="EngineException">The engine refused the model.</exception>
    public static LlamaModel Load(string path, LlamaModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        NativeRuntime.Current.Require(EngineNames.Llama);
        var info = GgufReader.Read(path);
        var parameters = LlamaNative.ModelDefaultParams();
        parameters.GpuLayers = options.GpuLayers;
        var utf8 = Encoding.UTF8.GetBytes(path + "\0");
        nint model;
        fixed (byte* p = utf8)
        {
            model = LlamaNative.ModelLoadFromFile(p, parameters);
        }

        if (model == 0)
        {
            throw new EngineException($"llama.cpp kon het model '{path}' niet laden (zie het log voor de reden).");
        }

        return new LlamaModel(new SafeLlamaModelHandle(model), path, info);
    }

    /// <summary>Writes a quantised copy of <paramref name="input"/> with the library's own quantiser.</summary>
    public static void Quantize(string input, string output, LlamaFileType type, int threads)
    {
        NativeRuntime.Current.Require(EngineNames.Llama);
        GgufReader.Read(input);
        var parameters = LlamaNative.QuantizeDefaultParams();
        parameters.FileType = (int)type;
        parameters.Threads = threads;
        var inputUtf8 = Encoding.UTF8.GetBytes(input + "\0");
        var outputUtf8 = Encoding.UTF8.GetBytes(output + "\0");
        uint code;
        fixed (byte* i = inputUtf8)
        fixed (byte* o = outputUtf8)
        {
            code = LlamaNative.ModelQuantize(i, o, &parameters);
        }

        if (code != 0)
        {
            throw new EngineException($"Kwantiseren van '{input}' naar {type} mislukt (code {code}).", (int)code);
        }
    }

    public string Description
    {
        get
        {
            var buffer = stackalloc byte[256];
            var length = LlamaNative.ModelDescription(_model, buffer, 256);
            return length > 0 ? Encoding.UTF8.GetString(buffer, Math.Min(length, 255)) : "";
        }
    }

    public ulong ParameterCount => LlamaNative.ModelParameterCount(_model);

    /// <summary>Formats chat messages with the model's own template, or chatml when it has none.</summary>
    public string ApplyChatTemplate(IReadOnlyList<(string Role, string Content)> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var template = LlamaNative.ModelChatTemplate(_model, null);
        var chatml = "chatml\0"u8.ToArray();
        var strings = messages.Select(m => (Role: Encoding.UTF8.GetBytes(m.Role + "\0"), Content: Encoding.UTF8.GetBytes(m.Content + "\0"))).ToArray();
        var handles = new List<System.Runtime.InteropServices.GCHandle>();
        try
        {
            var native = new LlamaChatMessage[strings.Length];
            for (var i = 0; i < strings.Length; i++)
            {
                var role = System.Runtime.InteropServices.GCHandle.Alloc(strings[i].Role, System.Runtime.InteropServices.GCHandleType.Pinned);
                var content = System.Runtime.InteropServices.GCHandle.Alloc(strings[i].Content, System.Runtime.InteropServices.GCHandleType.Pinned);
                handles.Add(role);
                handles.Add(content);
                native[i] = new LlamaChatMessage { Role = (byte*)role.AddrOfPinnedObject(), Content = (byte*)content.AddrOfPinnedObject() };
            }

            var capacity = 2 * strings.Sum(s => s.Role.Length + s.Content.Length) + 256;
            for (var attempt = 0; attempt < 2; attempt++)
            {
                var buffer = new byte[capacity];
                int length;
                fixed (LlamaChatMessage* m = native)
                fixed (byte* b = buffer)
                fixed (byte* fallback = chatml)
                {
                    length = LlamaNative.ChatApplyTemplate(template is null ? fallback : template, m, (nuint)native.Length, true, b, buffer.Length);
                }

                if (length < 0)
                {
                    throw new EngineException("Het chatsjabloon van het model wordt niet ondersteund door llama.cpp.", length);
                }

                if (length <= buffer.Length)
                {
                    return Encoding.UTF8.GetString(buffer, 0, length);
                }

                capacity = length;
            }

            throw new EngineException("Het chatsjabloon gaf een te lange uitvoer.");
        }
        finally
        {
            foreach (var handle in handles)
            {
                handle.Free();
            }
        }
    }

    /// <summary>Generates a continuation of <paramref name="prompt"/>. Runs on the calling thread.</summary>
    /// <exception cref="OperationCanceledException">Cancelled; the engine stopped at its next check.</exception>
    /// <exception cref="EngineException">Grammar invalid, prompt too long for the context, or a decode failure.</exception>
    public LlamaGeneration Generate(string prompt, LlamaGenerateOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ObjectDisposedException.ThrowIf(_model.IsClosed, this);
        cancellationToken.ThrowIfCancellationRequested();
        var tokens = Tokenize(prompt);
        if (tokens.Length + options.MaxTokens > options.ContextSize)
        {
            throw new EngineException($"De prompt ({tokens.Length} tokens) en het antwoord ({options.MaxTokens} tokens) passen niet in de context van {options.ContextSize} tokens.");
        }

        using var context = CreateContext(options);
        using var sampler = CreateSampler(options);
        using var abort = new CancellationBridge(cancellationToken);
        LlamaNative.SetAbortCallback(context, CancellationBridge.Callback, abort.UserData);

        var promptWatch = Stopwatch.StartNew();
        DecodeInChunks(context, tokens, options.ContextSize, cancellationToken);
        promptWatch.Stop();

        var generationWatch = Stopwatch.StartNew();
        var output = new List<byte>();
        var generated = 0;
        var stoppedAtEnd = false;
        var piece = new byte[256];
        while (generated < options.MaxTokens)
        {
            var token = LlamaNative.SamplerSample(sampler, context, -1);
            if (LlamaNative.VocabIsEndOfGeneration(_vocab, token))
            {
                stoppedAtEnd = true;
                break;
            }

            generated++;
            int length;
            fixed (byte* p = piece)
            {
                length = LlamaNative.TokenToPiece(_vocab, token, p, piece.Length, 0, false);
            }

            if (length > 0)
            {
                output.AddRange(piece.AsSpan(0, length));
            }

            var single = token;
            Decode(context, &single, 1, cancellationToken);
        }

        return new LlamaGeneration(Encoding.UTF8.GetString(output.ToArray()), tokens.Length, generated, promptWatch.Elapsed, generationWatch.Elapsed, stoppedAtEnd);
    }

    public int[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var utf8 = Encoding.UTF8.GetBytes(text);
        var tokens = new int[utf8.Length + 8];
        int count;
        fixed (byte* t = utf8)
        fixed (int* output = tokens)
        {
            count = LlamaNative.Tokenize(_vocab, t, utf8.Length, output, tokens.Length, true, true);
        }

        if (count < 0)
        {
            throw new EngineException("Tokeniseren van de prompt mislukt.", count);
        }

        return tokens[..count];
    }

    public void Dispose() => _model.Dispose();

    private SafeLlamaContextHandle CreateContext(LlamaGenerateOptions options)
    {
        var parameters = LlamaNative.ContextDefaultParams();
        parameters.ContextSize = (uint)options.ContextSize;
        parameters.BatchSize = (uint)Math.Min(options.ContextSize, 512);
        parameters.MicroBatchSize = parameters.BatchSize;
        var threads = options.Threads > 0 ? options.Threads : Math.Clamp(Environment.ProcessorCount, 1, 16);
        parameters.Threads = threads;
        parameters.BatchThreads = threads;
        var handle = LlamaNative.InitFromModel(_model, parameters);
        return handle == 0
            ? throw new EngineException($"llama.cpp kon geen context van {options.ContextSize} tokens aanmaken; is er genoeg geheugen?")
            : new SafeLlamaContextHandle(handle);
    }

    private SafeLlamaSamplerHandle CreateSampler(LlamaGenerateOptions options)
    {
        var chain = new SafeLlamaSamplerHandle(LlamaNative.SamplerChainInit(1));
        if (options.Grammar is { } grammar)
        {
            var grammarUtf8 = Encoding.UTF8.GetBytes(grammar + "\0");
            var root = "root\0"u8.ToArray();
            nint grammarSampler;
            fixed (byte* g = grammarUtf8)
            fixed (byte* r = root)
            {
                grammarSampler = LlamaNative.SamplerInitGrammar(_vocab, g, r);
            }

            if (grammarSampler == 0)
            {
                chain.Dispose();
                throw new EngineException("De grammatica voor gestructureerde uitvoer is ongeldig; llama.cpp weigert ze.");
            }

            LlamaNative.SamplerChainAdd(chain, grammarSampler);
        }

        LlamaNative.SamplerChainAdd(chain, Utf8GuardSampler.Create(_pieces.Value));
        if (options.Temperature <= 0)
        {
            LlamaNative.SamplerChainAdd(chain, LlamaNative.SamplerInitGreedy());
        }
        else
        {
            LlamaNative.SamplerChainAdd(chain, LlamaNative.SamplerInitTopK(40));
            LlamaNative.SamplerChainAdd(chain, LlamaNative.SamplerInitTemperature(options.Temperature));
            LlamaNative.SamplerChainAdd(chain, LlamaNative.SamplerInitDistribution(options.Seed));
        }

        return chain;
    }

    private TokenPieces ReadPieces()
    {
        var count = LlamaNative.VocabTokenCount(_vocab);
        var bytes = new byte[count][];
        var endOfGeneration = new bool[count];
        var buffer = new byte[256];
        for (var token = 0; token < count; token++)
        {
            int length;
            fixed (byte* p = buffer)
            {
                length = LlamaNative.TokenToPiece(_vocab, token, p, buffer.Length, 0, false);
            }

            bytes[token] = length > 0 ? buffer[..length] : [];
            endOfGeneration[token] = LlamaNative.VocabIsEndOfGeneration(_vocab, token);
        }

        return new TokenPieces(bytes, endOfGeneration);
    }

    private static void DecodeInChunks(SafeLlamaContextHandle context, int[] tokens, int contextSize, CancellationToken cancellationToken)
    {
        var chunk = Math.Min(contextSize, 512);
        fixed (int* all = tokens)
        {
            for (var offset = 0; offset < tokens.Length; offset += chunk)
            {
                Decode(context, all + offset, Math.Min(chunk, tokens.Length - offset), cancellationToken);
            }
        }
    }

    private static void Decode(SafeLlamaContextHandle context, int* tokens, int count, CancellationToken cancellationToken)
    {
        var code = LlamaNative.Decode(context, LlamaNative.BatchGetOne(tokens, count));
        if (code == AbortedByCallback || cancellationToken.IsCancellationRequested)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        if (code != 0)
        {
            throw new EngineException($"llama_decode gaf foutcode {code}.", code);
        }
    }
}
