using System.Diagnostics;
using WhaiNot.Speech.Audio;

namespace WhaiNot.Appliance.Tests;

/// <summary>
/// Real Dutch speech for the capture tests, spoken by espeak-ng (installed by tests/test.sh), as
/// 16 kHz mono PCM16 — the hub's format — with a stretch of silence after each sentence so the
/// segmenter sees pauses as in a conversation.
/// </summary>
public static class DutchSpeech
{
    public const int BytesPerSecond = 32000;

    public static byte[] Pcm16(IEnumerable<string> sentences, double pauseSeconds = 1.2) =>
        Pcm16(sentences.Select(s => (s, "nl")), pauseSeconds);

    /// <summary>The same, each sentence in its own espeak-ng voice (nl+m3, nl+f2, …).</summary>
    public static byte[] Pcm16(IEnumerable<(string Sentence, string Voice)> lines, double pauseSeconds = 1.2)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var samples = new List<float>();
        foreach (var (sentence, voice) in lines)
        {
            samples.AddRange(Speak(sentence, voice));
            samples.AddRange(new float[(int)(pauseSeconds * 16000)]);
        }

        return ToPcm16(samples);
    }

    public static byte[] Silence(double seconds, float noiseLevel = 0.002f)
    {
        var random = new Random(7);
        var samples = Enumerable.Range(0, (int)(seconds * 16000)).Select(_ => (float)((random.NextDouble() * 2) - 1) * noiseLevel);
        return ToPcm16(samples);
    }

    /// <summary>Cuts PCM into chunks of <paramref name="milliseconds"/> as a browser would send them.</summary>
    public static List<byte[]> Chunks(byte[] pcm, int milliseconds = 250)
    {
        ArgumentNullException.ThrowIfNull(pcm);
        var size = BytesPerSecond * milliseconds / 1000;
        return pcm.Chunk(size).ToList();
    }

    /// <summary>A WAV file (16 kHz mono PCM16) of the sentence in the given voice.</summary>
    public static byte[] Wav(string sentence, string voice)
    {
        using var stream = new MemoryStream();
        WavWriter.WritePcm16(stream, Speak(sentence, voice), 16000, 1);
        return stream.ToArray();
    }

    private static float[] Speak(string sentence, string voice)
    {
        var path = Path.Combine(Path.GetTempPath(), "whainot-speech-" + Guid.NewGuid().ToString("N") + ".wav");
        try
        {
            var start = new ProcessStartInfo("espeak-ng") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[] { "-v", voice, "-s", "150", "-w", path, sentence })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("espeak-ng start niet (apt-get install espeak-ng).");
            process.WaitForExit(30_000);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException("espeak-ng faalde: " + process.StandardError.ReadToEnd());
            }

            return WavReader.ReadMono16k(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] ToPcm16(IEnumerable<float> samples)
    {
        var list = samples.ToList();
        var bytes = new byte[list.Count * 2];
        for (var i = 0; i < list.Count; i++)
        {
            var value = (short)Math.Clamp(Math.Round(list[i] * 32767.0), short.MinValue, short.MaxValue);
            System.Buffers.Binary.BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(i * 2), value);
        }

        return bytes;
    }
}
