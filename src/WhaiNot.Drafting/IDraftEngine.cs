
using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Templates;
using WhaiNot.Domain.Transcripts;

namespace WhaiNot.Drafting;

/// <summary>An engine that turns a transcript into a draft in a template (extractive, llm). Its output still goes through the verifier.</summary>
public interface IDraftEngine
{
    EngineInfo Info { get; }

    Task<Draft> DraftAsync(DraftTemplate template, Transcript transcript, CancellationToken cancellationToken = default);
}
