using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using WhaiNot.Speech.Audio;

namespace WhaiNot.Cli.Eval;

/// <summary>One espeak-ng Dutch voice: a variant (nl+m3, nl+f2, …) with its own pitch and speed.</summary>
internal sealed record SyntheticVoice(string Variant, int Pitch, int Speed)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Variant} p{Pitch} s{Speed}");

    /// <summary>The sentence spoken in this voice, 16 kHz mono.</summary>
    public float[] Speak(string sentence)
    {
        var path = Path.Combine(Path.GetTempPath(), "whainot-voice-" + Guid.NewGuid().ToString("N") + ".wav");
        try
        {
            var start = new ProcessStartInfo("espeak-ng") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in new[] { "-v", Variant, "-p", Pitch.ToString(CultureInfo.InvariantCulture), "-s", Speed.ToString(CultureInfo.InvariantCulture), "-w", path, sentence })
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
                throw new CliException(ExitCodes.Failure, "espeak-ng is niet geïnstalleerd; daarmee maakt deze meting haar testgesprekken. Installeer het (apt-get install espeak-ng).");
            }

            using (process)
            {
                process.StandardOutput.ReadToEnd();
                var errors = process.StandardError.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode != 0)
                {
                    throw new CliException(ExitCodes.Failure, $"espeak-ng kon geen testspraak maken (exitcode {process.ExitCode}): {errors.Trim()}");
                }
            }

            return WavReader.ReadMono16k(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
