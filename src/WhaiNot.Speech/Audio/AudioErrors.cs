using System.Globalization;

namespace WhaiNot.Speech.Audio;

/// <summary>The Dutch (nl-BE) messages of <see cref="AudioFormatException"/>, kept together so they read alike.</summary>
internal static class AudioErrors
{
    /// <summary>The advice appended to every "format not supported" message.</summary>
    public const string SupportedFormats = "Gebruik PCM 16, 24 of 32 bit of 32-bit float.";

    public static AudioFormatException NotWav() =>
        new("Dit bestand is geen WAV-bestand (RIFF/WAVE ontbreekt).");

    public static AudioFormatException Rf64() =>
        new("Dit is een RF64-bestand (WAV groter dan 4 GB). Dat wordt niet ondersteund; sla de opname op als gewone WAV of in kortere delen.");

    public static AudioFormatException BigEndian() =>
        new("Dit is een RIFX-bestand (WAV met big-endian samples). Dat wordt niet ondersteund; sla de opname op als gewone WAV.");

    public static AudioFormatException MissingFmt() =>
        new("Het WAV-bestand heeft geen fmt-chunk: er staat niet in hoe de audio opgeslagen is.");

    public static AudioFormatException MissingData() =>
        new("Het WAV-bestand heeft geen data-chunk: er staat geen audio in.");

    public static AudioFormatException DataBeforeFmt() =>
        new("In dit WAV-bestand staat de audio (data-chunk) voor de formaatbeschrijving (fmt-chunk). "
            + "Zo'n bestand kan alleen als volledig bestand gelezen worden, niet als doorlopende stroom.");

    public static AudioFormatException FmtTooShort(long size) =>
        new(Invariant($"De fmt-chunk van het WAV-bestand is te kort ({size} bytes, minstens 16 nodig)."));

    public static AudioFormatException ExtensibleTooShort(long size) =>
        new(Invariant($"De fmt-chunk van dit WAVE_FORMAT_EXTENSIBLE-bestand is te kort ({size} bytes, minstens 40 nodig)."));

    public static AudioFormatException FmtTruncated() =>
        new("Het WAV-bestand is afgekapt: de fmt-chunk is onvolledig.");

    public static AudioFormatException UnsupportedFormat(string description) =>
        new($"WAV-formaat niet ondersteund: {description}. {SupportedFormats}");

    public static AudioFormatException InvalidChannels(int channels) =>
        new(Invariant($"Aantal kanalen {channels} is ongeldig."));

    public static AudioFormatException TooManyChannels(int channels) =>
        new(Invariant($"WAV-bestanden met {channels} kanalen worden niet ondersteund (maximaal {WavReader.MaxChannels})."));

    public static AudioFormatException InvalidSampleRate(long sampleRate) =>
        new(Invariant($"Samplefrequentie {sampleRate} Hz is ongeldig."));

    public static AudioFormatException UnsupportedSampleRate(long sampleRate) =>
        new(Invariant($"Samplefrequentie {sampleRate} Hz wordt niet ondersteund. Gebruik 8 000 tot 192 000 Hz."));

    public static AudioFormatException BlockAlignMismatch(int blockAlign, int channels, int bitsPerSample) =>
        new(Invariant($"Het WAV-bestand spreekt zichzelf tegen: {channels} kanalen van {bitsPerSample} bit vragen {channels * (bitsPerSample / 8)} bytes per frame, maar de block align zegt {blockAlign}."));

    public static AudioFormatException PartialFrames(long dataLength, int blockAlign) =>
        new(Invariant($"De data-chunk is {dataLength} bytes lang; dat is geen geheel aantal frames van {blockAlign} bytes. Het bestand is waarschijnlijk beschadigd."));

    public static AudioFormatException Truncated(long declared, long present) =>
        new(Invariant($"Het WAV-bestand is afgekapt: de data-chunk zegt {declared} bytes, er zijn er {present}."));

    public static AudioFormatException Empty() =>
        new("Het WAV-bestand bevat geen audio (0 frames).");

    public static AudioFormatException TooLong() =>
        new("De opname is te lang om in één keer te verwerken. Splits ze op in kortere delen.");

    public static AudioFormatException OddByteCount(int count) =>
        new(Invariant($"PCM16-audio moet uit paren van bytes bestaan, maar dit stuk heeft een oneven aantal bytes ({count})."));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
