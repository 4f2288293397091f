using System.Text.Json;
using Microsoft.Extensions.AI;
using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Templates;
using WhaiNot.Domain.Transcripts;
using WhaiNot.Drafting.Extractive;
using WhaiNot.Native;

namespace WhaiNot.Drafting.Llm;

/// <summary>
/// Drafting with a language model (llama.cpp through <see cref="IChatClient"/>), one section at a
/// time: the section's relevant segments (found the same way as the extractive engine finds them)
/// go into a prompt with the section's instructions, and the answer is bound by a grammar to the
/// draft JSON with only those segment ids as sources. humanOnly sections are never sent to the
/// model. Relevant segments that don't fit in one context are split over several calls.
/// </summary>
public sealed class LlmDraftEngine(IChatClient client, Func<string, int> countTokens, EngineInfo info, LlmDraftOptions? options = null, IProgress<DraftProgress>? progress = null) : IDraftEngine
{
    private readonly LlmDraftOptions _options = options ?? new LlmDraftOptions();

    public EngineInfo Info { get; } = info;

    /// <summary>The same engine (same model and client) reporting to <paramref name="reportTo"/>: one per draft.</summary>
    public LlmDraftEngine WithProgress(IProgress<DraftProgress>? reportTo) => new(client, countTokens, Info, _options, reportTo);

    public async Task<Draft> DraftAsync(DraftTemplate template, Transcript transcript, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        DraftPipeline.RequireSegments(transcript);

        var relevant = RelevantSegments(template, transcript);
        var fillable = template.Sections.Count(s => !s.HumanOnly);
        var sections = new List<DraftSection>();
        var done = 0;
        foreach (var section in template.Sections)
        {
            if (section.HumanOnly)
            {
                sections.Add(new DraftSection(section.Id, section.Heading, true, []));
                continue;
            }

            progress?.Report(new DraftProgress(++done, fillable, section.Id, section.Heading));
            var sentences = new List<DraftSentence>();
            foreach (var batch in Batches(relevant.GetValueOrDefault(section.Id, []), SectionPrompt.System(template, section)))
            {
                sentences.AddRange(await WriteAsync(template, section, batch, cancellationToken));
            }

            sections.Add(new DraftSection(section.Id, section.Heading, false, sentences));
        }

        return new Draft(new TemplateReference(template.Id, template.Version), transcript.Id, Info, sections);
    }

    private async Task<IReadOnlyList<DraftSentence>> WriteAsync(DraftTemplate template, TemplateSection section, IReadOnlyList<TranscriptSegment> batch, CancellationToken cancellationToken)
    {
        var ids = batch.Select(s => s.Id).ToList();
        var answer = await AskAsync(template, section, batch, ids, _options.MaxSentencesPerCall, _options.MaxOutputTokens, cancellationToken);

        // Cut off before the JSON closed: ask once more for one sentence, with room for the worst case.
        answer ??= await AskAsync(template, section, batch, ids, 1, _options.SingleSentenceTokens, cancellationToken);
        return answer is null
            ? throw new EngineException($"Het taalmodel gaf een onvolledig antwoord voor de sectie '{section.Heading}'. Er is geen ontwerp gemaakt.")
            : Parse(answer, ids);
    }

    /// <summary>The model's JSON answer, or null when it ran out of tokens before closing it.</summary>
    private async Task<string?> AskAsync(DraftTemplate template, TemplateSection section, IReadOnlyList<TranscriptSegment> batch, IReadOnlyList<string> ids, int sentences, int tokens, CancellationToken cancellationToken)
    {
        var response = await client.GetResponseAsync(
            [new ChatMessage(ChatRole.System, SectionPrompt.System(template, section)), new ChatMessage(ChatRole.User, SectionPrompt.User(batch))],
            new ChatOptions
            {
                ResponseFormat = ChatResponseFormat.ForJsonSchema(SectionSchema.For(ids, sentences, _options.MaxSentenceCharacters), "sectie"),
                MaxOutputTokens = tokens,
                Temperature = 0f,
            },
            cancellationToken);
        return response.FinishReason == ChatFinishReason.Stop ? response.Text : null;
    }

    /// <summary>Reads the answer; the grammar already guarantees the shape, this keeps only non-empty sentences with known sources.</summary>
    private static List<DraftSentence> Parse(string json, IReadOnlyList<string> ids)
    {
        using var document = JsonDocument.Parse(json);
        var sentences = new List<DraftSentence>();
        foreach (var item in document.RootElement.GetProperty("sentences").EnumerateArray())
        {
            var text = item.GetProperty("text").GetString()?.Trim() ?? "";
            var sources = item.GetProperty("sources").EnumerateArray().Select(s => s.GetString()!).Where(ids.Contains).Distinct().ToList();
            if (text.Length > 0 && sources.Count > 0)
            {
                sentences.Add(new DraftSentence(text, sources));
            }
        }

        return sentences;
    }

    /// <summary>Per section, the segments the section assigner gives it, with the question each answer needs, in transcript order.</summary>
    private static Dictionary<string, List<TranscriptSegment>> RelevantSegments(DraftTemplate template, Transcript transcript)
    {
        var bySection = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        foreach (var assignment in new SectionAssigner(template).Assign(transcript))
        {
            foreach (var section in assignment.Sections)
            {
                var indexes = bySection.TryGetValue(section, out var set) ? set : bySection[section] = [];
                indexes.Add(assignment.Segment);
                if (assignment.Question is { } question)
                {
                    indexes.Add(question);
                }
            }
        }

        return bySection.ToDictionary(p => p.Key, p => p.Value.Select(i => transcript.Segments[i]).ToList(), StringComparer.Ordinal);
    }

    /// <summary>Splits a section's segments into prompts that fit the context next to the instructions and the answer.</summary>
    private IEnumerable<IReadOnlyList<TranscriptSegment>> Batches(List<TranscriptSegment> segments, string instructions)
    {
        // The instructions are counted exactly; InstructionTokens covers the chat template around them.
        var budget = _options.ContextTokens - Math.Max(_options.MaxOutputTokens, _options.SingleSentenceTokens) - countTokens(instructions) - _options.InstructionTokens;
        var batch = new List<TranscriptSegment>();
        var used = 0;
        foreach (var segment in segments)
        {
            var cost = countTokens(SectionPrompt.Line(segment));
            if (batch.Count > 0 && used + cost > budget)
            {
                yield return batch;
                batch = [];
                used = 0;
            }

            batch.Add(segment);
            used += cost;
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }
}
