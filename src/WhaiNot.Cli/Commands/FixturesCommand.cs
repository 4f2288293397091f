using System.CommandLine;
using Microsoft.Extensions.Logging;
using WhaiNot.Native.Llama;
using WhaiNot.Native.Runtime;
using WhaiNot.TestModels;

namespace WhaiNot.Cli.Commands;

/// <summary>
/// whainot fixtures --out DIR [--shape tiny|full]: the self-made models. Tiny ones for tests;
/// full-shape ones (Whisper large-v3-turbo, an 8B llama quantised to Q4_K_M by llama.cpp itself)
/// to measure speed on a GPU box without real weights: decoding cost doesn't depend on weight values.
/// </summary>
internal static class FixturesCommand
{
    public const string WhisperTiny = "whisper-tiny-random.bin";
    public const string LlamaTiny = "llama-tiny-random.gguf";
    public const string WhisperFull = "whisper-large-v3-turbo-shape-random.bin";
    public const string LlamaFull = "llama-8b-shape-random-q4_k_m.gguf";

    public static Command Create(CliContext context)
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Map voor de modelbestanden.", Required = true };
        var shape = new Option<string>("--shape") { Description = "tiny (voor tests) of full (productievormen, voor snelheidsmetingen).", DefaultValueFactory = _ => "tiny" };
        var seed = new Option<int>("--seed") { Description = "Zaad voor de willekeurige gewichten.", DefaultValueFactory = _ => 42 };
        var command = new Command("fixtures", "Schrijft zelfgemaakte testmodellen met willekeurige gewichten (ze draaien echt, maar geven ruis).") { output, shape, seed };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(output)!;
            folder.Create();
            switch (parse.GetValue(shape))
            {
                case "tiny":
                    TestModelFiles.WriteWhisperTiny(Path.Combine(folder.FullName, WhisperTiny), parse.GetValue(seed));
                    TestModelFiles.WriteLlamaTiny(Path.Combine(folder.FullName, LlamaTiny), parse.GetValue(seed));
                    context.Output.WriteLine($"{Path.Combine(folder.FullName, WhisperTiny)}");
                    context.Output.WriteLine($"{Path.Combine(folder.FullName, LlamaTiny)}");
                    return ExitCodes.Success;
                case "full":
                    WriteFullShape(context, parse, folder.FullName, parse.GetValue(seed));
                    return ExitCodes.Success;
                default:
                    throw new ArgumentException($"Onbekende vorm '{parse.GetValue(shape)}'. Kies tiny of full.");
            }
        });
        return command;
    }

    private static void WriteFullShape(CliContext context, ParseResult parse, string folder, int seed)
    {
        var whisper = Path.Combine(folder, WhisperFull);
        context.Error.WriteLine($"Whisper large-v3-turbo-vorm schrijven naar {whisper} (~1,6 GB)…");
        TestModelFiles.WriteWhisperFullShape(whisper, seed);

        using var loggers = CliLogging.Create();
        NativeRuntime.Load(RuntimeCommand.RuntimeRoot(context, parse), RuntimeVariant.Cpu, loggers);
        var f16 = Path.Combine(folder, "llama-8b-shape-random-f16.gguf.tmp");
        var quantised = Path.Combine(folder, LlamaFull);
        try
        {
            context.Error.WriteLine($"8B-llama-vorm in F16 schrijven (~16 GB, tijdelijk) en kwantiseren naar Q4_K_M…");
            TestModelFiles.WriteLlamaFullShapeF16(f16, seed);
            LlamaModel.Quantize(f16, quantised, LlamaFileType.Q4_K_M, Environment.ProcessorCount);
        }
        finally
        {
            File.Delete(f16);
        }

        context.Output.WriteLine(whisper);
        context.Output.WriteLine(quantised);
    }
}
