using System.CommandLine;
using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Transcripts;
using WhaiNot.Drafting;
using WhaiNot.Drafting.Contracts;
using WhaiNot.Drafting.Extractive;
using WhaiNot.Drafting.Verification;

namespace WhaiNot.Cli.Commands;

/// <summary>
/// whainot draft --template ID --transcript FILE [--engine extractive|llm] [--model FILE]: prints
/// the draft JSON of the contract, already checked by the source verifier.
/// </summary>
internal static class DraftCommand
{
    public static Command Create(CliContext context)
    {
        var template = new Option<string>("--template") { Description = "Sjabloon-id, zoals intakeverslag (de nieuwste versie).", Required = true };
        var version = new Option<string?>("--template-version") { Description = "Een bepaalde versie van het sjabloon (standaard: de nieuwste)." };
        var transcript = new Option<FileInfo?>("--transcript") { Description = "Transcript (JSON volgens het contract)." };
        var conversation = new Option<Guid?>("--conversation") { Description = "Of: het transcript van een gesprek op deze box (alleen met toestemming voor AI-ondersteund opstellen; de dienst moet gestopt zijn)." };
        var engine = new Option<string>("--engine") { Description = "extractive (zonder model) of llm.", DefaultValueFactory = _ => "extractive" };
        engine.AcceptOnlyFromAmong("extractive", "llm");
        var model = new Option<FileInfo?>("--model") { Description = "GGUF-model voor --engine llm (standaard: het taalmodel in <data>/models volgens het modelmanifest)." };
        var variant = EngineLoading.VariantOption();
        var command = new Command("draft", "Maakt een conceptverslag uit een transcript en controleert elke zin op zijn bronnen.") { template, version, transcript, conversation, engine, model, variant };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var useLlm = parse.GetValue(engine) == "llm";
            if (!useLlm && parse.GetValue(model) is not null)
            {
                throw new CliException(ExitCodes.BadInput, "--model hoort bij --engine llm; de extractive engine gebruikt geen model.");
            }

            var chosen = DraftingInput.Template(parse.GetValue(template)!, parse.GetValue(version));
            var input = (parse.GetValue(transcript), parse.GetValue(conversation)) switch
            {
                ({ } file, null) => DraftingInput.Transcript(file),
                (null, { } id) => ReadConversation(context, parse, id),
                _ => throw new CliException(ExitCodes.BadInput, "Geef --transcript BESTAND of --conversation ID (één van beide)."),
            };
            // Before a language model is loaded for nothing.
            DraftingInput.BadInput(() =>
            {
                DraftPipeline.RequireSegments(input);
                return input;
            });

            using var loggers = CliLogging.Create();
            using var session = useLlm ? LlmDraftCommandSupport.Open(context, parse, parse.GetValue(model), parse.GetValue(variant), loggers) : null;
            var pipeline = new DraftPipeline(session is null ? new ExtractiveEngine() : session.Engine, new SourceVerifier());
            Draft draft;
            try
            {
                draft = await pipeline.RunAsync(chosen, input, cancellationToken);
            }
            catch (ContractException ex)
            {
                throw new CliException(ExitCodes.BadInput, ex.Message);
            }

            context.Output.WriteLine(ContractJson.Write(draft));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Transcript ReadConversation(CliContext context, ParseResult parse, Guid id)
    {
        using var store = context.OpenStore(parse);
        return ConversationTranscript.Read(store, id);
    }
}
