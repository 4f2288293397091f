using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.AI;
using WhaiNot.Drafting.Grammar;
using WhaiNot.Native.Llama;

namespace WhaiNot.Drafting.Engine;

/// <summary>
/// llama.cpp behind <see cref="IChatClient"/>. When the caller asks for JSON with a schema
/// (<see cref="ChatResponseFormat.ForJsonSchema(JsonElement, string?, string?)"/>), the schema is
/// turned into a GBNF grammar and sampling is bound to it, so the answer always parses and
/// validates, even from a random test model. Plain JSON without a schema is refused: the appliance
/// never lets a model write free structure.
/// </summary>
public sealed class LlamaChatClient : IChatClient
{
    private readonly LlamaModel _model;
    private readonly LlamaChatClientOptions _options;
    private readonly ChatClientMetadata _metadata;

    public LlamaChatClient(LlamaModel model, LlamaChatClientOptions? options = null)
    {
        _model = model;
        _options = options ?? new LlamaChatClientOptions();
        _metadata = new ChatClientMetadata("llama.cpp", null, Path.GetFileName(model.Path));
    }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var prompt = _model.ApplyChatTemplate(messages.Select(m => (m.Role.Value, m.Text)).ToList());
        var generateOptions = new LlamaGenerateOptions(
            MaxTokens: options?.MaxOutputTokens ?? _options.MaxOutputTokens,
            Grammar: GrammarFor(options?.ResponseFormat),
            Temperature: options?.Temperature ?? _options.Temperature,
            Seed: options?.Seed is { } seed ? (uint)seed : _options.Seed,
            ContextSize: _options.ContextSize,
            Threads: _options.Threads);
        var generation = await Task.Factory.StartNew(
            () => _model.Generate(prompt, generateOptions, cancellationToken),
            cancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        return new ChatResponse(new ChatMessage(ChatRole.Assistant, generation.Text))
        {
            ModelId = _metadata.DefaultModelId,
            FinishReason = generation.StoppedAtEnd ? ChatFinishReason.Stop : ChatFinishReason.Length,
            Usage = new UsageDetails
            {
                InputTokenCount = generation.PromptTokens,
                OutputTokenCount = generation.GeneratedTokens,
                TotalTokenCount = generation.PromptTokens + generation.GeneratedTokens,
            },
            RawRepresentation = generation,
        };
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Grammar-bound JSON is only useful whole; stream it as one update.
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType?.IsInstanceOfType(this) == true ? this
        : serviceType == typeof(ChatClientMetadata) ? _metadata
        : serviceType == typeof(LlamaModel) ? _model
        : null;

    public void Dispose()
    {
        // The model is owned by whoever loaded it.
    }

    private static string? GrammarFor(ChatResponseFormat? format) => format switch
    {
        null or ChatResponseFormatText => null,
        ChatResponseFormatJson { Schema: { } schema } => JsonSchemaGrammar.ToGbnf(schema),
        ChatResponseFormatJson => throw new NotSupportedException("JSON output needs a schema: the appliance binds every structured answer to one."),
        _ => throw new NotSupportedException($"Response format {format.GetType().Name} is not supported."),
    };
}
