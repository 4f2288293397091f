namespace WhaiNot.Speech.Audio;

/// <summary>
/// Collects floats into one array. When the final length is known up front the array is allocated once at
/// exactly that size and handed out without a copy; otherwise it doubles (amortised linear).
/// </summary>
internal sealed class FloatArrayBuilder
{
    private float[] _items;
    private int _count;

    /// <summary>Creates a builder that can hold <paramref name="capacity"/> floats before it grows.</summary>
    /// <exception cref="AudioFormatException">More floats than one array can hold.</exception>
    public FloatArrayBuilder(long capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        if (capacity > Array.MaxLength)
        {
            throw AudioErrors.TooLong();
        }

        _items = capacity == 0 ? [] : new float[capacity];
    }

    /// <summary>Floats appended so far.</summary>
    public int Count => _count;

    /// <summary>Appends one float.</summary>
    public void Append(float value)
    {
        if (_count == _items.Length)
        {
            Grow(1);
        }

        _items[_count++] = value;
    }

    /// <summary>Free space of at least <paramref name="minimumLength"/> floats; commit with <see cref="Advance"/>.</summary>
    public Span<float> GetAppendSpan(int minimumLength)
    {
        if (_items.Length - _count < minimumLength)
        {
            Grow(minimumLength);
        }

        return _items.AsSpan(_count);
    }

    /// <summary>Marks <paramref name="count"/> floats written into the last <see cref="GetAppendSpan"/> as appended.</summary>
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _items.Length - _count);
        _count += count;
    }

    /// <summary>The appended floats. Without a copy when the capacity was exact; the builder is done after this.</summary>
    public float[] ToArray() => _count == _items.Length ? _items : _items.AsSpan(0, _count).ToArray();

    private void Grow(int extra)
    {
        var needed = (long)_count + extra;
        if (needed > Array.MaxLength)
        {
            throw AudioErrors.TooLong();
        }

        var capacity = Math.Clamp(Math.Max(needed, (long)_items.Length * 2), 4096, Array.MaxLength);
        Array.Resize(ref _items, (int)capacity);
    }
}
