using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Templates;
using WhaiNot.Domain.Transcripts;
using WhaiNot.Drafting.Contracts;
using WhaiNot.Drafting.Verification;

namespace WhaiNot.Drafting;

/// <summary>
/// Template → engine → source verifier → draft. Whatever the engine returns is put in the
/// template's shape (every section, in template order, humanOnly sections empty) before the
/// verifier marks each sentence, so no engine can skip those rules.
/// </summary>
public sealed class DraftPipeline(IDraftEngine engine, SourceVerifier verifier)
{
    public async Task<Draft> RunAsync(DraftTemplate template, Transcript transcript, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        RequireSegments(transcript);
        var draft = await engine.DraftAsync(template, transcript, cancellationToken);
        return verifier.Verify(Conform(template, draft), transcript);
    }

    /// <summary>Refuses a transcript without segments (bad input, not an empty draft); callers check before loading a model.</summary>
    /// <exception cref="ContractException">The transcript has no segments.</exception>
    public static void RequireSegments(Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        if (transcript.Segments.Count == 0)
        {
            throw new ContractException($"Het transcript '{transcript.Id}' bevat geen segmenten: er is niets om een concept van te maken.");
        }
    }

    /// <summary>Every template section in order, with the engine's sentences where it wrote any; humanOnly sections always empty.</summary>
    public static Draft Conform(DraftTemplate template, Draft draft)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(draft);
        var written = draft.Sections.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.SelectMany(s => s.Sentences).ToList(), StringComparer.Ordinal);
        return draft with
        {
            Template = new TemplateReference(template.Id, template.Version),
            Sections = [.. template.Sections.Select(s => new DraftSection(s.Id, s.Heading, s.HumanOnly, s.HumanOnly ? [] : written.GetValueOrDefault(s.Id) ?? []))],
        };
    }
}
