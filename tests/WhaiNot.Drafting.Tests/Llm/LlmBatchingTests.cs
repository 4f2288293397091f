using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Transcripts;
using WhaiNot.Drafting.Llm;
using WhaiNot.Drafting.Templates;

namespace WhaiNot.Drafting.Tests.Llm;

/// <summary>
/// An hour-long conversation against a small context: the engine must split a section's segments
/// over several prompts, each within the budget, and show every relevant segment to the model. A
/// recording chat client stands in for llama.cpp here (the real one is in LlmDraftEngineTests) so the
/// budget arithmetic can be checked exactly.
/// </summary>
public sealed partial class LlmBatchingTests
{
    [Fact]
    public async Task LongTranscript_ShouldBeSplitSoNoPromptOverflowsTheContext()
    {
        var options = new LlmDraftOptions(ContextTokens: 2048, MaxSentencesPerCall: 2, MaxSentenceCharacters: 60);
        var client = new RecordingClient();
        var engine = new LlmDraftEngine(client, Words, new EngineInfo("llm", "test", null), options);
        var template = TemplateLibrary.Shipped().Latest("intakeverslag");

        var draft = await engine.DraftAsync(template, HourLong());

        var budget = options.ContextTokens - Math.Max(options.MaxOutputTokens, options.SingleSentenceTokens);
        // Prompt and the longest allowed answer fit in the context (the chat template's own tokens are InstructionTokens' margin).
        Assert.All(client.Prompts, p => Assert.True(Words(p.System) + Words(p.User) <= budget, $"prompt of {Words(p.System) + Words(p.User)} tokens, budget {budget}"));
        Assert.True(client.Prompts.Count(p => p.Section == "huisvesting") > 1, "the housing segments should need several prompts");
        var shown = client.Prompts.SelectMany(p => SegmentIds().Matches(p.User).Select(m => m.Value)).ToHashSet();
        Assert.All(draft.Sections.SelectMany(s => s.Sentences).SelectMany(s => s.Sources), id => Assert.Contains(id, shown));
        Assert.DoesNotContain(client.Prompts, p => p.Section == "voorstel");
    }

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>An hour of intake talk: 720 turns of 5 s about rent, income and debts.</summary>
    private static Transcript HourLong()
    {
        string[] client =
        [
            "Ik huur een appartement in de Stationsstraat voor zeshonderd euro per maand en de huisbaas wil de huur verhogen.",
            "Mijn uitkering van de RVA is negenhonderd euro per maand en die stopt volgende maand.",
            "Ik heb een schuld bij het energiebedrijf van driehonderd euro en een afbetalingsplan.",
        ];
        var segments = Enumerable.Range(0, 720).Select(i => new TranscriptSegment(
            $"s{i + 1:000}",
            i * 5.0,
            (i * 5.0) + 4.5,
            i % 2 == 0 ? Speaker.Worker : Speaker.Client,
            i % 2 == 0 ? "Kunt u daar iets meer over vertellen?" : client[i / 2 % client.Length])).ToList();
        return new Transcript("uur", "nl", segments);
    }

    [GeneratedRegex(@"s\d{3}")]
    private static partial Regex SegmentIds();

    private sealed class RecordingClient : IChatClient
    {
        public List<(string Section, string System, string User)> Prompts { get; } = [];

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            var list = messages.ToList();
            var system = list[0].Text;
            var user = list[1].Text;
            var section = SectionOf(system);
            Prompts.Add((section, system, user));
            var firstId = SegmentIds().Match(user).Value;
            var json = JsonSerializer.Serialize(new { sentences = new[] { new { text = "Een zin.", sources = new[] { firstId } } } });
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, json)) { FinishReason = ChatFinishReason.Stop });
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }

        private static string SectionOf(string system)
        {
            var heading = system[(system.IndexOf("sectie \"", StringComparison.Ordinal) + 8)..];
            heading = heading[..heading.IndexOf('"', StringComparison.Ordinal)];
            return TemplateLibrary.Shipped().Latest("intakeverslag").Sections.First(s => s.Heading == heading).Id;
        }
    }
}
