using Microsoft.Extensions.AI;
using WhaiNot.Domain.Drafts;
using WhaiNot.Drafting.Engine;
using WhaiNot.Native.Llama;

namespace WhaiNot.Drafting.Llm;

/// <summary>
/// A loaded language model with its chat client and the llm draft engine on top, sized to the same
/// context, so the engine's token budgets match what llama.cpp will accept. The native runtime must
/// be loaded first.
/// </summary>
public sealed class LlmSession : IDisposable
{
    private readonly LlamaModel _model;
    private readonly IChatClient _client;

    private LlmSession(LlamaModel model, IChatClient client, LlmDraftEngine engine)
    {
        _model = model;
        _client = client;
        Engine = engine;
    }

    public LlmDraftEngine Engine { get; }

    /// <param name="info">Name, model and SHA-256 as the AI statement will show them.</param>
    /// <exception cref="Native.ModelFiles.ModelFileException">Not a valid GGUF model.</exception>
    /// <exception cref="Native.EngineException">llama.cpp refused the model.</exception>
    public static LlmSession Open(string modelPath, EngineInfo info, LlmDraftOptions options, int gpuLayers, int threads = 0, IProgress<DraftProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ContextTokens - Math.Max(options.MaxOutputTokens, options.SingleSentenceTokens) - options.InstructionTokens < 256)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ContextTokens, "De context van het taalmodel is te klein voor een sectie.");
        }

        var model = LlamaModel.Load(modelPath, new LlamaModelOptions(gpuLayers));
        var client = new LlamaChatClient(model, new LlamaChatClientOptions(MaxOutputTokens: Math.Max(options.MaxOutputTokens, options.SingleSentenceTokens), ContextSize: options.ContextTokens, Threads: threads));
        return new LlmSession(model, client, new LlmDraftEngine(client, text => model.Tokenize(text).Length, info, options, progress));
    }

    public void Dispose()
    {
        _client.Dispose();
        _model.Dispose();
    }
}
