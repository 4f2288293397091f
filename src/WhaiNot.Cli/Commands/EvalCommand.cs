using System.CommandLine;
using System.Globalization;
using WhaiNot.Drafting.Evaluation;
using WhaiNot.Drafting.Extractive;
using WhaiNot.Drafting.Templates;
using WhaiNot.Drafting.Verification;

namespace WhaiNot.Cli.Commands;

/// <summary>
/// whainot eval --samples DIR: runs the extractive engine and the verifier over caseNN.* samples
/// and prints the metrics of tests/data/samples/reference/README.md per case, per template and
/// summed, with the sentence-quality check (filler, missing subject).
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var samples = new Option<DirectoryInfo>("--samples") { Description = "Map met caseNN.transcript.json, .gold.json en (niet verplicht) .trap-draft.json.", Required = true };
        var weights = new Option<FileInfo>("--weights") { Description = "Sectiegewichten uit dit bestand in plaats van de meegeleverde (whainot eval learn)." };
        var command = new Command("eval", "Meet de extractive engine en de bronnencontrole op voorbeeldgesprekken.") { samples, weights, Learn() };
        command.Subcommands.Add(EvalSpeakersCommand.Create(context));
        command.SetAction(async (parse, cancellationToken) =>
        {
            var cases = DraftingInput.BadInput(() => SampleSet.Load(parse.GetValue(samples)!.FullName));
            var engine = parse.GetValue(weights) is { } file ? DraftingInput.BadInput(() => new ExtractiveEngine(ReadWeights(file))) : new ExtractiveEngine();
            var evaluator = new Evaluator(TemplateLibrary.Shipped(), engine, new SourceVerifier());
            var result = await evaluator.RunAsync(cases, cancellationToken);
            var output = context.Output;
            output.WriteLine($"{"geval",-8} {"sjabloon",-20} {"P",6} {"R",6} {"F1",6}   {"vallen",-8} {"vals",-8} {"zinnen",6} {"vulsel",6} {"onderw.",7}");
            foreach (var row in result.Cases)
            {
                output.WriteLine(Line(row.Name, row.Template, row.Sections, row.Quality, row.Verifier));
            }

            output.WriteLine("per sjabloon:");
            foreach (var (template, sections, quality) in result.ByTemplate)
            {
                output.WriteLine(Line(string.Empty, template, sections, quality, null));
            }

            output.WriteLine(Line("totaal", string.Empty, result.Sections, result.Quality, result.Verifier));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"secties: TP {result.Sections.TruePositives}, |D| {result.Sections.Drafted}, |G| {result.Sections.Gold}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"zinnen: {result.Quality.Sentences}, met vulsel of zonder onderwerp {result.Quality.BadShare:0.0%}, herhaald onderwerp {result.Quality.RepeatedSubject}, 'zijn of haar' {result.Quality.NeutralPossessive}"));
            if (result.Verifier.Traps + result.Verifier.Correct > 0)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trap recall {result.Verifier.TrapRecall:0.000}, false-flag rate {result.Verifier.FalseFlagRate:0.000}"));
                foreach (var (kind, value) in result.Verifier.ByKind)
                {
                    output.WriteLine($"  {kind,-15} {value.Flagged}/{value.Traps}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    // whainot eval learn --samples A --samples B --out FILE: learns the section weights from labelled cases (never the test set).
    private static Command Learn()
    {
        var samples = new Option<DirectoryInfo[]>("--samples") { Description = "Mappen met gelabelde gesprekken (nooit de testset).", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<FileInfo>("--out") { Description = "Het bestand met de geleerde gewichten.", Required = true };
        var command = new Command("learn", "Leert de sectiegewichten van de extractive engine uit gelabelde gesprekken.") { samples, output };
        command.SetAction(parse =>
        {
            var cases = DraftingInput.BadInput(() => parse.GetValue(samples)!.SelectMany(d => SampleSet.Load(d.FullName)).ToList());
            File.WriteAllText(parse.GetValue(output)!.FullName, WeightLearner.LearnJson(cases) + "\n");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string ReadWeights(FileInfo file)
    {
        try
        {
            return File.ReadAllText(file.FullName);
        }
        catch (IOException ex)
        {
            throw new WhaiNot.Drafting.Contracts.ContractException($"Het bestand met gewichten '{file.FullName}' kan niet gelezen worden: {ex.Message}", ex);
        }
    }

    private static string Line(string name, string template, SectionScore sections, SentenceQuality.Score quality, VerifierScore? verifier) => string.Create(
        CultureInfo.InvariantCulture,
        $"{name,-8} {template,-20} {sections.Precision,6:0.000} {sections.Recall,6:0.000} {sections.F1,6:0.000}   {(verifier is null || verifier.Traps + verifier.Correct == 0 ? "-" : $"{verifier.FlaggedTraps}/{verifier.Traps}"),-8} {(verifier is null || verifier.Traps + verifier.Correct == 0 ? "-" : $"{verifier.FlaggedCorrect}/{verifier.Correct}"),-8} {quality.Sentences,6} {quality.Filler,6} {quality.MissingSubject,7}");
}
