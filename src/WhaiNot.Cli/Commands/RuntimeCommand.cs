using System.CommandLine;
using Microsoft.Extensions.Logging;
using WhaiNot.Native.Runtime;

namespace WhaiNot.Cli.Commands;

/// <summary>whainot runtime install|info: the native engines under &lt;data&gt;/runtime.</summary>
internal static class RuntimeCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("runtime", "De native spraak- en taalengines (whisper.cpp, llama.cpp).");
        command.Subcommands.Add(Install(context));
        command.Subcommands.Add(Info(context));
        return command;
    }

    public static string RuntimeRoot(CliContext context, ParseResult parse) => Path.Combine(context.Folder(parse).Root, "runtime");

    public static RuntimeVariant ParseVariant(string? value) => value?.ToLowerInvariant() switch
    {
        null or "cpu" => RuntimeVariant.Cpu,
        "cuda" => RuntimeVariant.Cuda,
        _ => throw new ArgumentException($"Onbekende variant '{value}'. Kies cpu of cuda."),
    };

    private static Command Install(CliContext context)
    {
        var variant = new Option<string>("--variant") { Description = "cpu of cuda.", DefaultValueFactory = _ => "cpu" };
        var from = new Option<DirectoryInfo?>("--from") { Description = "Map met de npm-tarballs (voor een box zonder netwerk)." };
        var command = new Command("install", "Installeert de vastgepinde enginepakketten en controleert hun hash.") { variant, from };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var chosen = ParseVariant(parse.GetValue(variant));
            var source = parse.GetValue(from);
            if (source is not null && !source.Exists)
            {
                throw new CliException(ExitCodes.BadInput, $"De map '{source.FullName}' bestaat niet.");
            }

            using var loggers = CliLogging.Create();
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(15) };
            var installer = new RuntimeInstaller(http, loggers.CreateLogger<RuntimeInstaller>());
            var installed = await installer.InstallAsync(RuntimeRoot(context, parse), chosen, source?.FullName, cancellationToken);
            foreach (var engine in installed.Engines)
            {
                context.Output.WriteLine($"{engine.Engine}: {engine.Package}@{engine.Version} ({engine.Integrity[..20]}…)");
            }

            context.Output.WriteLine($"Runtime {chosen.ToString().ToLowerInvariant()} geïnstalleerd in {InstalledRuntime.VariantFolder(RuntimeRoot(context, parse), chosen)}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Info(CliContext context)
    {
        var variant = EngineLoading.VariantOption();
        var command = new Command("info", "Toont de engineversies, de gebruikte variant en wat de bibliotheken over het systeem melden.") { variant };
        command.SetAction(parse =>
        {
            using var loggers = CliLogging.Create();
            var runtime = EngineLoading.LoadRuntime(context, parse, parse.GetValue(variant), loggers);
            var info = runtime.Describe();
            context.Output.WriteLine($"variant:        {info.Variant.ToString().ToLowerInvariant()}");
            context.Output.WriteLine($"map:            {info.Folder}");
            foreach (var engine in info.Engines)
            {
                context.Output.WriteLine($"{engine.Engine + ":",-15} {engine.Package}@{engine.Version} ({engine.Library})");
            }

            context.Output.WriteLine($"whisper.cpp:    {info.WhisperVersion ?? "niet geïnstalleerd"}");
            context.Output.WriteLine($"whisper system: {info.WhisperSystemInfo?.Trim() ?? "-"}");
            context.Output.WriteLine($"llama system:   {info.LlamaSystemInfo?.Trim() ?? "-"}");
            context.Output.WriteLine($"llama GPU:      {(info.LlamaGpuOffload ? "ja" : "nee")}");
            return ExitCodes.Success;
        });
        return command;
    }
}
