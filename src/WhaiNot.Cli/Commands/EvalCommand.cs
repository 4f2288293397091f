using System.CommandLine;
using System.Globalization;
using WhaiNot.Drafting.Evaluation;
using WhaiNot.Drafting.Extractive;
using WhaiNot.Drafting.Templates;
using WhaiNot.Drafting.Verification;

namespace WhaiNot.Cli.Commands;

/// <summary>
/// whainot eval --samples DIR: runs the extractive engine and the verifier over caseNN.* samples
/// and prints the metrics of tests/data/samples/reference/README.md per case and summed.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var samples = new Option<DirectoryInfo>("--samples") { Description = "Map met caseNN.transcript.json, .gold.json en .trap-draft.json.", Required = true };
        var command = new Command("eval", "Meet de extractive engine en de bronnencontrole op voorbeeldgesprekken.") { samples };
        command.Subcommands.Add(EvalSpeakersCommand.Create(context));
        command.SetAction(async (parse, cancellationToken) =>
        {
            var cases = DraftingInput.BadInput(() => SampleSet.Load(parse.GetValue(samples)!.FullName));
            var evaluator = new Evaluator(TemplateLibrary.Shipped(), new ExtractiveEngine(), new SourceVerifier());
            var result = await evaluator.RunAsync(cases, cancellationToken);
            var output = context.Output;
            output.WriteLine($"{"geval",-8} {"P",6} {"R",6} {"F1",6}   {"vallen",-8} {"vals",-8}");
            foreach (var row in result.Cases)
            {
                output.WriteLine(Line(row.Name, row.Sections, row.Verifier));
            }

            output.WriteLine(Line("totaal", result.Sections, result.Verifier));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"secties: TP {result.Sections.TruePositives}, |D| {result.Sections.Drafted}, |G| {result.Sections.Gold}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trap recall {result.Verifier.TrapRecall:0.000}, false-flag rate {result.Verifier.FalseFlagRate:0.000}"));
            foreach (var (kind, value) in result.Verifier.ByKind)
            {
                output.WriteLine($"  {kind,-15} {value.Flagged}/{value.Traps}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Line(string name, SectionScore sections, VerifierScore verifier) => string.Create(
        CultureInfo.InvariantCulture,
        $"{name,-8} {sections.Precision,6:0.000} {sections.Recall,6:0.000} {sections.F1,6:0.000}   {$"{verifier.FlaggedTraps}/{verifier.Traps}",-8} {$"{verifier.FlaggedCorrect}/{verifier.Correct}",-8}");
}
