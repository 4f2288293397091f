namespace WhaiNot.TestModels;

/// <summary>
/// SplitMix64 (Steele, Lea, Flood 2014): a tiny, fast generator whose output is fixed by its
/// definition, unlike System.Random's, so test models are byte-identical on every .NET version.
/// </summary>
internal struct SplitMix64
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;

    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>An independent stream per (seed, stream): each tensor gets its own, so one tensor's size can't shift another's values.</summary>
    public static SplitMix64 ForStream(int seed, int stream)
    {
        var mixer = new SplitMix64(((ulong)(uint)seed << 32) | (uint)stream);
        return new SplitMix64(mixer.Next());
    }

    public ulong Next()
    {
        _state += Gamma;
        var z = _state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
