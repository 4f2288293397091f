using System.CommandLine;
using WhaiNot.Drafting.Contracts;
using WhaiNot.Drafting.Verification;

namespace WhaiNot.Cli.Commands;

/// <summary>
/// whainot verify --draft FILE --transcript FILE: prints
/// { "sentences": [ { "section", "index", "status", "reasons" } ] }, one entry per sentence in
/// draft order; index counts from 0 within its section.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(CliContext context)
    {
        var draft = new Option<FileInfo>("--draft") { Description = "Concept (JSON volgens het contract).", Required = true };
        var transcript = new Option<FileInfo>("--transcript") { Description = "Het transcript waarop het concept steunt.", Required = true };
        var command = new Command("verify", "Controleert elke zin van een concept op zijn bronnen in het transcript.") { draft, transcript };
        command.SetAction(parse =>
        {
            var input = DraftingInput.Draft(parse.GetValue(draft)!);
            var source = DraftingInput.Transcript(parse.GetValue(transcript)!);
            if (!string.Equals(input.TranscriptId, source.Id, StringComparison.Ordinal))
            {
                throw new CliException(ExitCodes.BadInput, $"Het concept hoort bij transcript '{input.TranscriptId}', niet bij '{source.Id}'.");
            }

            context.Output.WriteLine(ContractJson.Write(new SourceVerifier().Report(input, source)));
            return ExitCodes.Success;
        });
        return command;
    }
}
