using System.CommandLine;
using System.Globalization;
using WhaiNot.Cli.Eval;
using WhaiNot.Speech.Speakers;

namespace WhaiNot.Cli.Commands;

/// <summary>
/// whainot eval speakers: makes the project's synthetic conversations (espeak-ng, mixed in code)
/// and prints speaker accuracy per segment without a profile, with the worker's profile and on
/// two-channel input, with the attribution's own CPU time per second of audio.
/// </summary>
internal static class EvalSpeakersCommand
{
    public static Command Create(CliContext context)
    {
        var distance = new Option<double>("--same-voice-distance") { Description = "Afstand waaronder twee uitspraken als één stem tellen.", DefaultValueFactory = _ => SpeakerClustering.DefaultSameVoiceDistance };
        var confidence = new Option<double>("--min-confidence") { Description = "Onder deze zekerheid blijft de spreker 'unknown'.", DefaultValueFactory = _ => new SpeakerEmbedderSettings().MinimumConfidence };
        var command = new Command("speakers", "Meet wie-zei-wat (sprekerherkenning) op eigen testgesprekken van espeak-ng.") { distance, confidence };
        command.SetAction((parse, cancellationToken) =>
        {
            var settings = new SpeakerEmbedderSettings { SameVoiceDistance = parse.GetValue(distance), MinimumConfidence = parse.GetValue(confidence) };
            var output = context.Output;
            output.WriteLine("Testgesprekken maken met espeak-ng …");
            var conversations = SpeakerEvalSet.Create();
            var modes = Enum.GetValues<SpeakerEvaluation.Mode>();
            output.WriteLine($"{"gesprek",-10} {"segm.",5} {"zonder profiel",15} {"met profiel",12} {"twee kanalen",13}");
            var totals = modes.ToDictionary(m => m, _ => new List<SpeakerScore>());
            foreach (var conversation in conversations)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var scores = modes.Select(m => (Mode: m, Score: SpeakerEvaluation.Run(conversation, m, settings))).ToList();
                foreach (var (mode, score) in scores)
                {
                    totals[mode].Add(score);
                }

                output.WriteLine(Row(conversation.Name, scores.Select(s => s.Score).ToList()));
            }

            var summed = modes.Select(m => SpeakerScore.Sum(totals[m])).ToList();
            output.WriteLine(Row("totaal", summed));
            foreach (var (mode, score) in modes.Zip(summed))
            {
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{Name(mode)}: {score.Right}/{score.Segments} juist ({score.Accuracy:P1}), {score.Unknown} unknown, rekentijd {1000 * score.AttributionSeconds / score.AudioSeconds:0.0} ms per seconde audio ({100 * score.AttributionSeconds / score.AudioSeconds:0.00} % van één kern)"));
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static string Name(SpeakerEvaluation.Mode mode) => mode switch
    {
        SpeakerEvaluation.Mode.WithoutProfile => "zonder profiel",
        SpeakerEvaluation.Mode.WithProfile => "met profiel",
        _ => "twee kanalen",
    };

    private static string Row(string name, IReadOnlyList<SpeakerScore> scores) => string.Create(
        CultureInfo.InvariantCulture,
        $"{name,-10} {scores[0].Segments,5} {scores[0].Accuracy,15:P1} {scores[1].Accuracy,12:P1} {scores[2].Accuracy,13:P1}");
}
