using System.Text.Json;
using WhaiNot.TestSupport;

namespace WhaiNot.Cli.Tests;

/// <summary>The drafting verbs: draft, verify, templates list and eval, with the contract's exit codes.</summary>
public sealed class DraftingCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("whainot-drafting-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Samples => Path.Combine(RepositoryRoot(), "tests", "data", "samples", "reference");

    private static string Case01 => Path.Combine(Samples, "case01.transcript.json");

    [Fact]
    public void Draft_WhenTranscriptIsValid_ShouldPrintAVerifiedDraftWithEverySection()
    {
        var result = Cli.Run("draft", "--template", "intakeverslag", "--transcript", Case01);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var sections = json.RootElement.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(11, sections.Count);
        Assert.Equal("voorstel", sections[^1].GetProperty("id").GetString());
        Assert.Empty(sections[^1].GetProperty("sentences").EnumerateArray());
        Assert.All(sections.SelectMany(s => s.GetProperty("sentences").EnumerateArray()), s => Assert.Equal("supported", s.GetProperty("status").GetString()));
        Assert.Equal("extractive", json.RootElement.GetProperty("engine").GetProperty("name").GetString());
    }

    [Fact]
    public void Draft_WithLlmAndNoLanguageModelInTheDataFolder_ShouldSayWhereAndExitTwo()
    {
        var data = Directory.CreateTempSubdirectory("whainot-cli-llm-").FullName;
        try
        {
            var result = Cli.Run("draft", "--template", "intakeverslag", "--transcript", Case01, "--engine", "llm", "--data", data);

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Contains("geen taalmodel", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public void Draft_WithLlmAndACorruptModel_ShouldRefuseItAndExitTwo()
    {
        var model = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(model, [.. "GGUF"u8, 1, 2, 3]);

            var result = Cli.Run("draft", "--template", "intakeverslag", "--transcript", Case01, "--engine", "llm", "--model", model, "--variant", "cpu", "--data", TestRuntime.DataRoot);

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.False(string.IsNullOrWhiteSpace(result.Error));
        }
        finally
        {
            File.Delete(model);
        }
    }

    [Theory]
    [InlineData("""{ "id": "c", "language": "nl", "segments": [] }""", "geen segmenten")]
    [InlineData("""{ "id": "c", "language": "nl", "segments": [ { "id": "s1", "start": 4, "end": 1, "speaker": "client", "text": "a" } ] }""", "ligt vóór 'start'")]
    [InlineData("""{ "id": "c", "language": "nl", "segments": [ { "id": "s1", "start": 0, "end": 1, "speaker": "buurman", "text": "a" } ] }""", "onbekende spreker")]
    [InlineData("""{ "id": "c", "language": "nl", "segments": [ { "id": "s1", "start": 0, "end": 1, "speaker": "client", "text": "a" }, { "id": "s1", "start": 1, "end": 2, "speaker": "client", "text": "b" } ] }""", "meer dan eens")]
    [InlineData("""{ "id": "c", "language": "nl", "segments": [ """, "geen geldige JSON")]
    public void Draft_WhenTranscriptIsBad_ShouldExitTwoInDutch(string transcript, string expected)
    {
        var path = Path.Combine(_dir, "t.json");
        File.WriteAllText(path, transcript);

        var result = Cli.Run("draft", "--template", "intakeverslag", "--transcript", path);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Draft_WhenTemplateIsUnknown_ShouldExitTwo()
    {
        var result = Cli.Run("draft", "--template", "weekverslag", "--transcript", Case01);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("Onbekend sjabloon 'weekverslag'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_WhenTranscriptFileIsMissing_ShouldExitTwo()
    {
        Assert.Equal(ExitCodes.BadInput, Cli.Run("draft", "--template", "intakeverslag", "--transcript", Path.Combine(_dir, "nee.json")).ExitCode);
    }

    [Fact]
    public void Verify_WhenTrapDraftIsChecked_ShouldPrintOneEntryPerSentenceInDraftOrder()
    {
        var result = Cli.Run("verify", "--draft", Path.Combine(Samples, "case01.trap-draft.json"), "--transcript", Case01);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var entries = json.RootElement.GetProperty("sentences").EnumerateArray().ToList();
        Assert.Equal(26, entries.Count);
        Assert.Equal("aanmelding", entries[0].GetProperty("section").GetString());
        Assert.Equal(0, entries[0].GetProperty("index").GetInt32());
        var missing = entries.Single(e => e.GetProperty("reasons").EnumerateArray().Any(r => r.GetString()!.Contains("s099", StringComparison.Ordinal)));
        Assert.Equal("unsupported", missing.GetProperty("status").GetString());
    }

    [Fact]
    public void Verify_WhenDraftBelongsToAnotherTranscript_ShouldExitTwo()
    {
        var result = Cli.Run("verify", "--draft", Path.Combine(Samples, "case02.trap-draft.json"), "--transcript", Case01);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
    }

    [Fact]
    public void TemplatesList_WhenRun_ShouldListTheShippedTemplatesWithSections()
    {
        var result = Cli.Run("templates", "list");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var templates = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(8, templates.Count);
        var intake = templates.Single(t => t.GetProperty("id").GetString() == "intakeverslag");
        Assert.Equal("1", intake.GetProperty("version").GetString());
        Assert.Equal(11, intake.GetProperty("sections").GetArrayLength());
    }

    [Fact]
    public void Eval_WhenRunOnTheSharedSamples_ShouldPrintEveryCaseAndTheTotal()
    {
        var result = Cli.Run("eval", "--samples", Samples);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("case01", result.Output, StringComparison.Ordinal);
        Assert.Contains("totaal", result.Output, StringComparison.Ordinal);
        Assert.Contains("trap recall", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_WhenFolderHasNoSamples_ShouldExitTwo()
    {
        Assert.Equal(ExitCodes.BadInput, Cli.Run("eval", "--samples", _dir).ExitCode);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WhaiNot.Appliance.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("WhaiNot.Appliance.sln not found");
    }
}
