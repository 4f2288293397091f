using System.ComponentModel;
using System.Diagnostics;

namespace WhaiNot.Cli.Bench;

/// <summary>
/// Dutch test speech from espeak-ng when the bench gets no recording: a made-up intake conversation,
/// with pauses between the turns so the live segmenter sees utterances end as in a real talk.
/// </summary>
internal static class DutchSpeech
{
    private static readonly string[] Turns =
    [
        "Goeiemorgen mevrouw, fijn dat u er bent. Waarmee kan ik u vandaag helpen?",
        "Ik kom voor mijn huur. Ik betaal zeshonderdvijftig euro per maand en dat lukt niet meer.",
        "Dat begrijp ik. Hebt u op dit moment een inkomen uit werk of een uitkering?",
        "Ik werk halftijds in een winkel, en mijn zoon van twaalf woont bij mij.",
        "Dan bekijken we samen uw uitgaven en uw schulden, en wat het OCMW kan doen.",
        "Er is ook nog een factuur van de energieleverancier die ik niet kon betalen.",
        "Brengt u die factuur en uw loonbrieven mee naar de volgende afspraak, volgende dinsdag?",
        "Ja, dat doe ik. Dank u wel voor de hulp.",
    ];

    /// <summary>Writes the speech as a WAV file in <paramref name="folder"/> and returns its path.</summary>
    public static async Task<string> WriteAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, "espeak-nl.wav");
        var ssml = "<speak>" + string.Join("<break time=\"900ms\"/>", Turns) + "</speak>";
        var start = new ProcessStartInfo("espeak-ng") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-v", "nl", "-m", "-s", "160", "-w", path, ssml })
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            throw new CliException(
                ExitCodes.Failure,
                "espeak-ng is niet geïnstalleerd, en zonder --input maakt de bench daarmee Nederlandse testspraak. Installeer het (apt-get install espeak-ng) of geef een opname met --input.");
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0 || !File.Exists(path))
            {
                throw new CliException(ExitCodes.Failure, $"espeak-ng kon geen testspraak maken (exitcode {process.ExitCode}): {(await errors).Trim()}");
            }
        }

        return path;
    }
}
