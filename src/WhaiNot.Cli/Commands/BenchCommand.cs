using System.CommandLine;
using System.Diagnostics;
using WhaiNot.Native.Llama;
using WhaiNot.Native.Whisper;
using WhaiNot.TestModels;

namespace WhaiNot.Cli.Commands;

/// <summary>
/// whainot bench engines: real-time factor of transcription and prompt/generation speed of the
/// LLM, with the model and runtime variant used. Without --whisper/--llama it uses the self-made
/// tiny models. Decoding cost doesn't depend on weight values, so full-shape random models
/// (whainot fixtures --shape full) give production speed without production weights.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var whisper = new Option<FileInfo?>("--whisper") { Description = "Whisper-model (standaard: het zelfgemaakte kleine testmodel)." };
        var llama = new Option<FileInfo?>("--llama") { Description = "GGUF-model (standaard: het zelfgemaakte kleine testmodel)." };
        var seconds = new Option<int>("--seconds") { Description = "Seconden audio per transcriptie.", DefaultValueFactory = _ => 30 };
        var runs = new Option<int>("--runs") { Description = "Herhalingen (de eerste telt niet mee: opwarmen).", DefaultValueFactory = _ => 3 };
        var promptTokens = new Option<int>("--prompt-tokens") { Description = "Lengte van de prompt in tokens (bij benadering).", DefaultValueFactory = _ => 512 };
        var generateTokens = new Option<int>("--generate-tokens") { Description = "Aantal te genereren tokens.", DefaultValueFactory = _ => 128 };
        var gpuLayers = new Option<int>("--gpu-layers") { Description = "Lagen op de GPU (-1 = alle).", DefaultValueFactory = _ => -1 };
        var threads = new Option<int>("--threads") { Description = "CPU-threads (0 = alle kernen).", DefaultValueFactory = _ => 0 };
        var variant = EngineLoading.VariantOption();
        var engines = new Command("engines", "Meet de snelheid van de spraak- en taalengine.") { whisper, llama, seconds, runs, promptTokens, generateTokens, gpuLayers, threads, variant };
        engines.SetAction(parse =>
        {
            using var loggers = CliLogging.Create();
            var runtime = EngineLoading.LoadRuntime(context, parse, parse.GetValue(variant), loggers);
            var scratch = Directory.CreateTempSubdirectory("whainot-bench-");
            try
            {
                var whisperPath = parse.GetValue(whisper)?.FullName ?? Write(scratch.FullName, FixturesCommand.WhisperTiny, TestModelFiles.WriteWhisperTiny);
                var llamaPath = parse.GetValue(llama)?.FullName ?? Write(scratch.FullName, FixturesCommand.LlamaTiny, TestModelFiles.WriteLlamaTiny);
                var info = runtime.Describe();
                context.Output.WriteLine($"runtime: {info.Variant.ToString().ToLowerInvariant()} | whisper.cpp {info.WhisperVersion} | llama GPU offload: {(info.LlamaGpuOffload ? "ja" : "nee")} | {Environment.ProcessorCount} cores");
                BenchWhisper(context, whisperPath, parse.GetValue(seconds), parse.GetValue(runs), parse.GetValue(threads));
                BenchLlama(context, llamaPath, new LlamaBenchSettings(parse.GetValue(promptTokens), parse.GetValue(generateTokens), parse.GetValue(runs), parse.GetValue(gpuLayers), parse.GetValue(threads)));
                context.Output.WriteLine("Let op: willekeurige testmodellen geven ruis; de snelheid hangt niet af van de waarden van de gewichten.");
                return ExitCodes.Success;
            }
            finally
            {
                scratch.Delete(recursive: true);
            }
        });

        var command = new Command("bench", "Snelheidsmetingen.");
        command.Subcommands.Add(engines);
        command.Subcommands.Add(BenchStreamCommand.Create(context));
        command.Subcommands.Add(BenchDayCommand.Create(context));
        command.Subcommands.Add(BenchFaultsCommand.Create(context));
        return command;
    }

    private static string Write(string folder, string name, Action<string, int> writer)
    {
        var path = Path.Combine(folder, name);
        writer(path, 42);
        return path;
    }

    private static void BenchWhisper(CliContext context, string path, int seconds, int runs, int threads)
    {
        using var model = EngineLoading.Guard(() => WhisperModel.Load(path, useGpu: true));
        var samples = SpeechLikeSignal(seconds);
        var timings = new List<double>();
        for (var run = 0; run < Math.Max(2, runs); run++)
        {
            var result = EngineLoading.Guard(() => model.Transcribe(samples, new WhisperOptions("nl", threads), CancellationToken.None));
            if (run > 0)
            {
                timings.Add(result.Elapsed.TotalSeconds);
            }
        }

        var median = Median(timings);
        context.Output.WriteLine(
            $"whisper  {Path.GetFileName(path)} ({model.Info.Dims.AudioLayers}+{model.Info.Dims.TextLayers} lagen, state {model.Info.Dims.AudioState}): " +
            $"{seconds} s audio in {median:F2} s → real-time factor {median / seconds:F3} (mediaan van {timings.Count})");
    }

    private static void BenchLlama(CliContext context, string path, LlamaBenchSettings settings)
    {
        var (promptTokens, generateTokens, runs, gpuLayers, threads) = settings;
        using var model = EngineLoading.Guard(() => LlamaModel.Load(path, new LlamaModelOptions(gpuLayers)));
        // A prompt of about the requested length, and a grammar that forces exactly the requested
        // number of characters, so a random model can't stop early and every run does the same work.
        var prompt = PromptOfAbout(model, promptTokens);
        var grammar = $"root ::= [a-z ]{{{generateTokens}}}";
        var prompts = new List<double>();
        var generations = new List<double>();
        var promptCount = 0;
        var generatedCount = 0;
        for (var run = 0; run < Math.Max(2, runs); run++)
        {
            var result = EngineLoading.Guard(() => model.Generate(
                prompt,
                new LlamaGenerateOptions(MaxTokens: generateTokens, Grammar: grammar, ContextSize: Math.Max(2048, promptTokens + generateTokens + 64), Threads: threads),
                CancellationToken.None));
            if (run > 0)
            {
                prompts.Add(result.PromptTokensPerSecond);
                generations.Add(result.GeneratedTokensPerSecond);
                promptCount = result.PromptTokens;
                generatedCount = result.GeneratedTokens;
            }
        }

        context.Output.WriteLine(
            $"llama    {Path.GetFileName(path)} ({model.Description}): prompt {promptCount} tokens → {Median(prompts):F1} tokens/s, " +
            $"genereren {generatedCount} tokens (grammatica) → {Median(generations):F1} tokens/s (mediaan van {prompts.Count})");
    }

    /// <summary>Repeats a Dutch sentence until the prompt has about <paramref name="tokens"/> tokens in this model's vocabulary.</summary>
    private static string PromptOfAbout(LlamaModel model, int tokens)
    {
        const string Sentence = "De cliënt huurt een appartement van 650 euro per maand en zoekt werk via de VDAB. ";
        var perSentence = Math.Max(1, model.Tokenize(Sentence).Length - 1);
        var text = string.Concat(Enumerable.Repeat(Sentence, Math.Max(1, tokens / perSentence)));
        var tokenized = model.Tokenize(text);
        return tokenized.Length <= tokens ? text : text[..(int)(text.Length * (double)tokens / tokenized.Length)];
    }

    /// <summary>Tones with pauses, so the encoder and decoder do the work of a real recording.</summary>
    private static float[] SpeechLikeSignal(int seconds)
    {
        var samples = new float[seconds * 16000];
        var random = new Random(7);
        for (var i = 0; i < samples.Length; i++)
        {
            var t = i / 16000.0;
            var voiced = (int)(t * 2) % 3 != 2;
            samples[i] = voiced ? (float)(0.2 * Math.Sin(2 * Math.PI * (180 + (40 * Math.Sin(t * 3))) * t) + (0.02 * (random.NextDouble() - 0.5))) : 0f;
        }

        return samples;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count == 0 ? 0 : values[values.Count / 2];
    }
}
