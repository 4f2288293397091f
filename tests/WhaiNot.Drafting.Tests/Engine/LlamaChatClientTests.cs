using System.Text.Json;
using Microsoft.Extensions.AI;
using WhaiNot.Drafting.Engine;
using WhaiNot.Drafting.Tests.Grammar;
using WhaiNot.Native.Llama;
using WhaiNot.TestSupport;

namespace WhaiNot.Drafting.Tests.Engine;

/// <summary>The chat client over the real llama.cpp library and the self-made random model.</summary>
public sealed class LlamaChatClientTests : IDisposable
{
    private readonly LlamaModel _model;

    public LlamaChatClientTests()
    {
        TestRuntime.Get();
        _model = LlamaModel.Load(TestRuntime.LlamaModelPath, new LlamaModelOptions());
    }

    public void Dispose() => _model.Dispose();

    /// <summary>A draft-shaped schema: sentences must cite existing segment ids.</summary>
    private static JsonElement DraftSchema(int segments) => JsonDocument.Parse($$"""
        {
          "type": "object",
          "properties": {
            "sentences": {
              "type": "array", "minItems": 1, "maxItems": 3,
              "items": {
                "type": "object",
                "properties": {
                  "text": { "type": "string", "maxLength": 60 },
                  "sources": { "type": "array", "minItems": 1, "maxItems": 2,
                               "items": { "enum": [{{string.Join(",", Enumerable.Range(1, segments).Select(i => $"\"s{i:000}\""))}}] } }
                },
                "required": ["text", "sources"],
                "additionalProperties": false
              }
            }
          },
          "required": ["sentences"],
          "additionalProperties": false
        }
        """).RootElement.Clone();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task GetResponse_WithJsonSchema_ShouldAlwaysReturnJsonThatValidates(int seed)
    {
        using IChatClient client = new LlamaChatClient(_model, new LlamaChatClientOptions(MaxOutputTokens: 400, ContextSize: 2048));
        var schema = DraftSchema(40);

        var response = await client.GetResponseAsync(
            [new ChatMessage(ChatRole.System, "Schrijf een verslag."), new ChatMessage(ChatRole.User, "s001: Ik huur een appartement.")],
            new ChatOptions { ResponseFormat = ChatResponseFormat.ForJsonSchema(schema, "draft"), Temperature = 1.2f, Seed = seed });

        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        using var json = JsonDocument.Parse(response.Text);
        Assert.True(SubsetSchemaValidator.Validate(schema, json.RootElement).Count == 0, response.Text);
        Assert.All(json.RootElement.GetProperty("sentences").EnumerateArray().SelectMany(s => s.GetProperty("sources").EnumerateArray()),
            id => Assert.Matches("^s0[0-4][0-9]$", id.GetString()));
    }

    [Fact]
    public async Task GetResponse_ShouldReportTokenUsage()
    {
        using IChatClient client = new LlamaChatClient(_model);
        var schema = JsonDocument.Parse("""{ "type": "object", "properties": { "ok": { "type": "boolean" } }, "required": ["ok"] }""").RootElement;

        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "ok?")], new ChatOptions { ResponseFormat = ChatResponseFormat.ForJsonSchema(schema) });

        Assert.True(response.Usage!.InputTokenCount > 0);
        Assert.True(response.Usage.OutputTokenCount > 0);
    }

    [Fact]
    public async Task GetResponse_WithJsonButNoSchema_ShouldRefuse()
    {
        using IChatClient client = new LlamaChatClient(_model);

        await Assert.ThrowsAsync<NotSupportedException>(() =>
            client.GetResponseAsync([new ChatMessage(ChatRole.User, "x")], new ChatOptions { ResponseFormat = ChatResponseFormat.Json }));
    }

    [Fact]
    public async Task GetResponse_WhenCancelled_ShouldThrowOperationCanceled()
    {
        using IChatClient client = new LlamaChatClient(_model, new LlamaChatClientOptions(MaxOutputTokens: 7000, Temperature: 1f, ContextSize: 8192, Threads: 1));
        var longText = JsonDocument.Parse(
            "{ \"type\": \"object\", \"properties\": { \"t\": { \"type\": \"string\", \"minLength\": 6000, \"maxLength\": 6000 } }, \"required\": [\"t\"] }").RootElement;
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(20));

        // The schema forbids ending before 6000 characters, so only cancellation ends the call this early.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            client.GetResponseAsync([new ChatMessage(ChatRole.User, "x")], new ChatOptions { ResponseFormat = ChatResponseFormat.ForJsonSchema(longText) }, cancellation.Token));
    }
}
