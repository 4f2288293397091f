using System.Buffers.Binary;

namespace WhaiNot.Cli.Tests;

/// <summary>Writes WAV files of any PCM/float layout for the transcribe tests (a tone with a pause).</summary>
internal static class TestWav
{
    public static string Write(string folder, int rate, int channels, int bits, bool isFloat, double seconds = 2)
    {
        var path = Path.Combine(folder, $"toon-{rate}-{channels}ch-{bits}{(isFloat ? "f" : "")}.wav");
        var frames = (int)(rate * seconds);
        var bytesPerSample = bits / 8;
        var data = new byte[frames * channels * bytesPerSample];
        for (var i = 0; i < frames; i++)
        {
            var value = i < frames / 2 ? 0.3 * Math.Sin(2 * Math.PI * 300 * i / rate) : 0.0;
            for (var c = 0; c < channels; c++)
            {
                var at = data.AsSpan(((i * channels) + c) * bytesPerSample, bytesPerSample);
                switch (bits, isFloat)
                {
                    case (16, false): BinaryPrimitives.WriteInt16LittleEndian(at, (short)(value * short.MaxValue)); break;
                    case (24, false):
                        var v24 = (int)(value * 8388607);
                        at[0] = (byte)v24; at[1] = (byte)(v24 >> 8); at[2] = (byte)(v24 >> 16);
                        break;
                    case (32, false): BinaryPrimitives.WriteInt32LittleEndian(at, (int)(value * int.MaxValue)); break;
                    case (32, true): BinaryPrimitives.WriteSingleLittleEndian(at, (float)value); break;
                    default: throw new ArgumentException($"{bits}-bit {(isFloat ? "float" : "PCM")} is not a layout this helper writes.");
                }
            }
        }

        using var file = File.Create(path);
        using var writer = new BinaryWriter(file);
        writer.Write("RIFF"u8);
        writer.Write(36 + data.Length);
        writer.Write("WAVEfmt "u8);
        writer.Write(16);
        writer.Write((short)(isFloat ? 3 : 1));
        writer.Write((short)channels);
        writer.Write(rate);
        writer.Write(rate * channels * bytesPerSample);
        writer.Write((short)(channels * bytesPerSample));
        writer.Write((short)bits);
        writer.Write("data"u8);
        writer.Write(data.Length);
        writer.Write(data);
        return path;
    }
}
