using WhaiNot.Drafting.Contracts;
using WhaiNot.Drafting.Templates;
using WhaiNot.TestSupport.Fuzzing;

namespace WhaiNot.Drafting.Tests.Fuzz;

/// <summary>
/// Mutants of template definitions, drafts and transcripts (tests/data/fuzz/templates, drafts,
/// transcripts) through their readers. Wrong types, missing and unknown fields, duplicate keys,
/// huge values and deep nesting must end in the reader's own Dutch refusal, nothing else.
/// </summary>
public sealed class DraftingReaderFuzzTests
{
    [Fact]
    public void Corpus_ShouldBeReadable()
    {
        Assert.All(FuzzRun.CorpusText("templates"), json => TemplateReader.Read(json, "corpus"));
        Assert.All(FuzzRun.CorpusText("drafts"), json => DraftReader.Read(json));
        Assert.All(FuzzRun.CorpusText("transcripts"), json => TranscriptReader.Read(json));
    }

    [Fact]
    public void TemplateReader_WhenFuzzed_ShouldOnlyRefuseInDutch() =>
        FuzzRun.Json("template", FuzzRun.CorpusText("templates"), FuzzRun.Iterations(600), json => TemplateReader.Read(json, "Het sjabloon"), typeof(TemplateException));

    [Fact]
    public void DraftReader_WhenFuzzed_ShouldOnlyRefuseInDutch() =>
        FuzzRun.Json("draft", FuzzRun.CorpusText("drafts"), FuzzRun.Iterations(600), json => DraftReader.Read(json), typeof(ContractException));

    [Fact]
    public void TranscriptReader_WhenFuzzed_ShouldOnlyRefuseInDutch() =>
        FuzzRun.Json("transcript", FuzzRun.CorpusText("transcripts"), FuzzRun.Iterations(600), json => TranscriptReader.Read(json), typeof(ContractException));
}
