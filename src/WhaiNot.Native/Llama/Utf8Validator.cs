namespace WhaiNot.Native.Llama;

/// <summary>
/// Strict UTF-8 as a small state machine (RFC 3629: no overlong forms, no surrogates, nothing above
/// U+10FFFF). llama.cpp's grammar decodes bytes leniently, so a byte-level model can produce bytes
/// the grammar accepts but that are not valid UTF-8; this tells which continuations are valid.
/// </summary>
internal struct Utf8Validator
{
    private int _remaining;
    private byte _low;
    private byte _high;

    /// <summary>True between the lead byte and the last continuation byte of a character.</summary>
    public readonly bool InsideCharacter => _remaining > 0;

    /// <summary>Advances over <paramref name="bytes"/>; returns false (state unchanged) when they would make the text invalid.</summary>
    public bool TryAdvance(ReadOnlySpan<byte> bytes)
    {
        var copy = this;
        foreach (var b in bytes)
        {
            if (!copy.Step(b))
            {
                return false;
            }
        }

        this = copy;
        return true;
    }

    /// <summary>Whether <paramref name="bytes"/> could follow, without moving the state.</summary>
    public readonly bool TryAdvanceCopy(ReadOnlySpan<byte> bytes)
    {
        var copy = this;
        return copy.TryAdvance(bytes);
    }

    private bool Step(byte b)
    {
        if (_remaining > 0)
        {
            if (b < _low || b > _high)
            {
                return false;
            }

            _remaining--;
            _low = 0x80;
            _high = 0xBF;
            return true;
        }

        (_remaining, _low, _high) = b switch
        {
            < 0x80 => (0, (byte)0, (byte)0),
            >= 0xC2 and <= 0xDF => (1, (byte)0x80, (byte)0xBF),
            0xE0 => (2, (byte)0xA0, (byte)0xBF),
            >= 0xE1 and <= 0xEC or 0xEE or 0xEF => (2, (byte)0x80, (byte)0xBF),
            0xED => (2, (byte)0x80, (byte)0x9F),
            0xF0 => (3, (byte)0x90, (byte)0xBF),
            >= 0xF1 and <= 0xF3 => (3, (byte)0x80, (byte)0xBF),
            0xF4 => (3, (byte)0x80, (byte)0x8F),
            _ => (-1, (byte)0, (byte)0),
        };
        if (_remaining < 0)
        {
            _remaining = 0;
            return false;
        }

        return true;
    }
}
