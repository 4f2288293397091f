using System.Globalization;
using System.Text;

namespace WhaiNot.TestModels;

/// <summary>The small vocabularies of the generated test models.</summary>
internal static class TestVocabularies
{
    // Pieces SPM can actually produce: it merges adjacent pieces only into tokens that exist, so every
    // multi-character token comes with all its prefixes (t, tr, tru, true).
    private static readonly string[] LlamaWords =
    [
        "true", "false", "null", "\u2581true", "\u2581false", "\u2581null",
        "\u2581de", "\u2581het", "\u2581een", "\u2581en", "\u2581van", "\u2581is", "\u2581niet", "\u2581ja", "\u2581nee",
        "\u2581yes", "\u2581no", "\u2581the", "\u2581and",
        "\":", "\",", "{\"", "\"}", "\u2581\"", "\u2581{", "\u2581}", "},", "],", "[\"", "\"]",
    ];

    private static readonly string[] WhisperWords =
    [
        "de", "het", "een", "en", "van", "ik", "je", "is", "dat", "die", "in", "niet", "met", "op", "te", "zijn", "voor",
        "er", "maar", "om", "ook", "als", "aan", "bij", "nog", "wat", "kan", "naar", "uit", "wel", "ja", "nee", "goed",
        "dossier", "cliënt", "gesprek", "afspraak", "verslag", "hulp", "thuis", "week", "morgen",
        "the", "and", "of", "to", "you", "it", "that", "was", "for",
    ];

    /// <summary>
    /// SPM vocabulary: &lt;unk&gt;, &lt;s&gt;, &lt;/s&gt;, the 256 byte tokens (so any UTF-8 text tokenizes by
    /// byte fallback), "▁", JSON characters, letters and digits, short words with their prefixes, the
    /// chatml markers as control tokens, then "&lt;extra_i&gt;" up to <paramref name="minSize"/>.
    /// </summary>
    public static SpmVocabulary Llama(int minSize)
    {
        var tokens = new List<string>();
        var scores = new List<float>();
        var types = new List<int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        void Add(string token, float score, int type)
        {
            // llama.cpp asserts that token strings are unique.
            if (seen.Add(token))
            {
                tokens.Add(token);
                scores.Add(score);
                types.Add(type);
            }
        }

        Add("<unk>", 0f, SpmVocabulary.Unknown);
        Add("<s>", 0f, SpmVocabulary.Control);
        Add("</s>", 0f, SpmVocabulary.Control);
        for (var b = 0; b < 256; b++)
        {
            Add(string.Create(CultureInfo.InvariantCulture, $"<0x{b:X2}>"), 0f, SpmVocabulary.Byte);
        }

        Add("\u2581", -1f, SpmVocabulary.Normal);
        foreach (var c in "{}[]\":,.-_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        {
            Add(c.ToString(), -3f, SpmVocabulary.Normal);
        }

        foreach (var word in LlamaWords)
        {
            // Longer pieces score higher, so SPM prefers them when merging.
            for (var length = 2; length <= word.Length; length++)
            {
                Add(word[..length], -2.5f + (0.1f * length), SpmVocabulary.Normal);
            }
        }

        Add("<|im_start|>", 0f, SpmVocabulary.Control);
        Add("<|im_end|>", 0f, SpmVocabulary.Control);
        for (var i = 0; tokens.Count < minSize; i++)
        {
            Add(string.Create(CultureInfo.InvariantCulture, $"<extra_{i}>"), -1000f, SpmVocabulary.Normal);
        }

        return new SpmVocabulary(tokens, scores, types);
    }

    /// <summary>
    /// Whisper vocabulary for the ids below end-of-text: " " (which whisper_full requires), printable
    /// ASCII, Dutch and English words and syllables, with and without a leading space; the remaining ids
    /// repeat those pieces, so whatever a random model emits decodes to readable text rather than
    /// whisper.cpp's "[_extra_token_N]" placeholders.
    /// </summary>
    public static List<byte[]> Whisper(int textTokenCount)
    {
        var pieces = new List<string> { " " };
        var seen = new HashSet<string>(pieces, StringComparer.Ordinal);
        for (var c = '!'; c <= '~'; c++)
        {
            pieces.Add(c.ToString());
            seen.Add(c.ToString());
        }

        var firstWord = pieces.Count;
        var words = new List<string>(WhisperWords);
        foreach (var consonant in "bdfghjklmnprstvwz")
        {
            foreach (var vowel in "aeiou")
            {
                words.Add($"{consonant}{vowel}");
            }
        }

        foreach (var word in words)
        {
            foreach (var piece in (string[])[" " + word, word])
            {
                if (seen.Add(piece))
                {
                    pieces.Add(piece);
                }
            }
        }

        var vocabulary = new List<byte[]>(textTokenCount);
        for (var id = 0; id < textTokenCount; id++)
        {
            var piece = id < pieces.Count ? pieces[id] : pieces[firstWord + ((id - pieces.Count) % (pieces.Count - firstWord))];
            vocabulary.Add(Encoding.UTF8.GetBytes(piece));
        }

        return vocabulary;
    }
}
