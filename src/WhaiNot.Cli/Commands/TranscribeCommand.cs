using System.CommandLine;
using System.Text.Json;
using WhaiNot.Native.Whisper;
using WhaiNot.Speech.Audio;

namespace WhaiNot.Cli.Commands;

/// <summary>
/// whainot transcribe --model FILE --input WAV [--language nl]: prints a transcript JSON as in the
/// contract. Any common WAV (PCM 16/24/32-bit or float, any rate, mono or stereo) is converted to
/// 16 kHz mono; anything else is refused with exit code 2.
/// </summary>
internal static class TranscribeCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(CliContext context)
    {
        var model = new Option<FileInfo>("--model") { Description = "Whisper-model (ggml).", Required = true };
        var input = new Option<FileInfo>("--input") { Description = "WAV-bestand.", Required = true };
        var language = new Option<string>("--language") { Description = "Taalcode (nl, fr, …) of auto.", DefaultValueFactory = _ => "nl" };
        var variant = EngineLoading.VariantOption();
        var command = new Command("transcribe", "Transcribeert een WAV-bestand en toont het transcript als JSON.") { model, input, language, variant };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var inputFile = parse.GetValue(input)!;
            if (!inputFile.Exists)
            {
                throw new CliException(ExitCodes.BadInput, $"Het invoerbestand '{inputFile.FullName}' bestaat niet.");
            }

            float[] samples;
            try
            {
                samples = WavReader.ReadMono16k(inputFile.FullName);
            }
            catch (AudioFormatException ex)
            {
                throw new CliException(ExitCodes.BadInput, $"{inputFile.Name}: {ex.Message}");
            }

            using var loggers = CliLogging.Create();
            EngineLoading.LoadRuntime(context, parse, parse.GetValue(variant), loggers);
            using var whisper = EngineLoading.Guard(() => WhisperModel.Load(parse.GetValue(model)!.FullName, useGpu: true));
            var language_ = parse.GetValue(language);
            var result = await Task.Run(
                () => EngineLoading.Guard(() => whisper.Transcribe(samples, new WhisperOptions(language_ is "auto" ? null : language_), cancellationToken)),
                cancellationToken);

            var transcript = new
            {
                id = Path.GetFileNameWithoutExtension(inputFile.Name),
                language = result.Language,
                segments = result.Segments
                    .Where(s => s.Text.Length > 0)
                    .Select((s, i) => new { id = $"s{i + 1:000}", start = Math.Round(s.Start, 2), end = Math.Round(Math.Max(s.End, s.Start), 2), speaker = "unknown", text = s.Text }),
            };
            context.Output.WriteLine(JsonSerializer.Serialize(transcript, Json));
            return ExitCodes.Success;
        });
        return command;
    }
}
