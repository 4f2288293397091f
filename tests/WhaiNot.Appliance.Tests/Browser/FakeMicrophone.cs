using System.Buffers.Binary;

namespace WhaiNot.Appliance.Tests.Browser;

/// <summary>
/// The WAV Chromium plays as its microphone (<c>--use-file-for-fake-audio-capture</c>, looped):
/// a Dutch intake spoken by espeak-ng with pauses between the turns, 16 kHz mono 16-bit PCM.
/// </summary>
public static class FakeMicrophone
{
    /// <summary>What the speech says, turn by turn: also the sentences the tests put in the transcript.</summary>
    public static readonly string[] Intake =
    [
        "Goedemorgen mevrouw, fijn dat u er bent.",
        "Mevrouw vraagt een leefloon aan omdat haar werkloosheidsuitkering gestopt is.",
        "Ze huurt een appartement van zeshonderdvijftig euro per maand.",
        "Ze woont daar samen met haar twee kinderen van vier en zeven jaar.",
        "Ze heeft schulden bij de energieleverancier van ongeveer achthonderd euro.",
        "Ze zoekt werk als verzorgende en volgt een opleiding bij de VDAB.",
    ];

    /// <summary>Writes the WAV into <paramref name="folder"/> and returns its path.</summary>
    public static string Write(string folder)
    {
        var pcm = DutchSpeech.Pcm16(Intake, pauseSeconds: 1.5);
        var path = Path.Combine(folder, "microphone.wav");
        File.WriteAllBytes(path, Wav(pcm));
        return path;
    }

    private static byte[] Wav(byte[] pcm)
    {
        var wav = new byte[44 + pcm.Length];
        "RIFF"u8.CopyTo(wav);
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(4), 36 + pcm.Length);
        "WAVEfmt "u8.CopyTo(wav.AsSpan(8));
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(16), 16);
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(20), 1);
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(22), 1);
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(24), 16000);
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(28), DutchSpeech.BytesPerSecond);
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(32), 2);
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(34), 16);
        "data"u8.CopyTo(wav.AsSpan(36));
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(40), pcm.Length);
        pcm.CopyTo(wav.AsSpan(44));
        return wav;
    }
}
