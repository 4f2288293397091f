using System.CommandLine;
using Microsoft.Extensions.Logging;
using WhaiNot.Domain.Drafts;
using WhaiNot.Drafting.Llm;
using WhaiNot.Native.Models;

namespace WhaiNot.Cli.Commands;

/// <summary>
/// Opens the llm engine for `whainot draft --engine llm`: the runtime from the data folder, the model
/// given with --model (hashed for the AI statement) or the manifest's language model in
/// &lt;data&gt;/models (verified against its pinned SHA-256). Progress goes to stderr.
/// </summary>
internal static class LlmDraftCommandSupport
{
    public static LlmSession Open(CliContext context, ParseResult parse, FileInfo? model, string? variant, ILoggerFactory loggers)
    {
        var (path, info, parameters) = Choose(context, parse, model);
        var runtime = EngineLoading.LoadRuntime(context, parse, variant, loggers);
        var gpuLayers = runtime.Variant == Native.Runtime.RuntimeVariant.Cuda ? parameters.GpuLayers : 0;
        var progress = new Progress<DraftProgress>(p => context.Error.WriteLine($"Sectie {p.Section} van {p.Sections}: {p.Heading}…"));
        return EngineLoading.Guard(() => LlmSession.Open(path, info, new LlmDraftOptions(ContextTokens: Math.Min(parameters.ContextSize, 8192)), gpuLayers, parameters.Threads, progress));
    }

    private static (string Path, EngineInfo Info, ModelParameters Parameters) Choose(CliContext context, ParseResult parse, FileInfo? model)
    {
        if (model is not null)
        {
            if (!model.Exists)
            {
                throw new CliException(ExitCodes.BadInput, $"Het model '{model.FullName}' bestaat niet.");
            }

            return (model.FullName, new EngineInfo("llm", model.Name, ModelVerifier.Sha256Of(model.FullName)), new ModelParameters(GpuLayers: -1, ContextSize: 4096));
        }

        var folder = Path.Combine(context.Folder(parse).Root, "models");
        var entry = ModelManifest.Shipped().Installed(Native.Runtime.EngineNames.Llama, folder)
            ?? throw new CliException(ExitCodes.BadInput, $"Er staat geen taalmodel in '{folder}'. Geef er een met --model of zet het model uit het modelmanifest in die map.");
        var path = EngineLoading.Guard(() => ModelVerifier.Verify(entry, folder));
        return (path, new EngineInfo("llm", entry.Name, entry.Sha256), entry.Parameters);
    }
}
