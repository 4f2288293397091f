namespace WhaiNot.Speech.Audio;

/// <summary>
/// The polyphase coefficients of a Kaiser-windowed sinc low-pass filter for resampling from one rate to another.
/// </summary>
/// <remarks>
/// <para>
/// The filter keeps 0..90% of the lower of the two Nyquist frequencies flat and is down
/// <see cref="StopbandAttenuationDb"/> at that Nyquist frequency, so nothing above it folds back (aliasing
/// when going down, images when going up). For 16 kHz output that is flat to 7.2 kHz, which covers
/// everything whisper listens to.
/// </para>
/// <para>
/// Time is measured in input samples. Output sample k sits at input position k·M/L (M/L = source/target
/// rate, reduced). Row p of the bank holds the taps for fractional position p/L, so evaluating one output is a
/// single dot product. When L is large (odd rates such as 44 056 Hz) the bank holds
/// <see cref="InterpolatedRows"/> + 1 rows instead and the two rows around the position are blended; the
/// kernel is smooth enough at that density that the error stays far below the stop-band level.
/// </para>
/// </remarks>
internal sealed class SincFilterBank
{
    /// <summary>How far the stop band is down, in dB.</summary>
    public const double StopbandAttenuationDb = 80;

    /// <summary>The most rows made for an exact rational ratio before switching to interpolation.</summary>
    public const int MaxExactRows = 1024;

    /// <summary>Rows (+1) of an interpolated bank.</summary>
    public const int InterpolatedRows = 1024;

    // Pass band edge as a fraction of the lower Nyquist frequency; the stop band starts at that frequency.
    private const double PassbandEdge = 0.9;

    // Taps are padded to a multiple of this so the SIMD dot product has no scalar tail on any hardware.
    private const int TapAlignment = 16;

    private SincFilterBank(float[] coefficients, int rows, int taps, int halfLength, bool interpolated)
    {
        Coefficients = coefficients;
        Rows = rows;
        Taps = taps;
        HalfLength = halfLength;
        Interpolated = interpolated;
    }

    /// <summary>Row after row of <see cref="Taps"/> coefficients.</summary>
    public float[] Coefficients { get; }

    /// <summary>Phases covered: L for an exact bank, <see cref="InterpolatedRows"/> for an interpolated one (which stores one more row).</summary>
    public int Rows { get; }

    /// <summary>Coefficients per row (padded with zeros at the end).</summary>
    public int Taps { get; }

    /// <summary>Half the kernel length in input samples: tap j of row p weighs input <c>floor(pos) - HalfLength + 1 + j</c>.</summary>
    public int HalfLength { get; }

    /// <summary>Whether rows are blended (large L) instead of picked exactly.</summary>
    public bool Interpolated { get; }

    /// <summary>Designs the bank for going from <paramref name="sourceRate"/> to <paramref name="targetRate"/>.</summary>
    /// <param name="sourceRate">Input rate in Hz.</param>
    /// <param name="targetRate">Output rate in Hz.</param>
    /// <param name="phases">L: the reduced denominator of the ratio source/target.</param>
    public static SincFilterBank Design(int sourceRate, int targetRate, int phases)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sourceRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetRate);

        var nyquist = Math.Min(sourceRate, targetRate) / 2.0;
        var cutoff = (1 + PassbandEdge) / 2 * nyquist / sourceRate;
        var transition = (1 - PassbandEdge) * nyquist / sourceRate;

        // Kaiser's design formulas (Oppenheim & Schafer): length for the attenuation and transition width,
        // and the window's shape parameter for attenuations above 50 dB.
        var length = (StopbandAttenuationDb - 7.95) / (2.285 * 2 * Math.PI * transition);
        var beta = 0.1102 * (StopbandAttenuationDb - 8.7);
        var halfLength = (int)Math.Ceiling(length / 2);
        var taps = (2 * halfLength + TapAlignment - 1) / TapAlignment * TapAlignment;

        var interpolated = phases > MaxExactRows;
        var rows = interpolated ? InterpolatedRows : phases;
        var storedRows = interpolated ? rows + 1 : rows;
        var coefficients = new float[(long)storedRows * taps];
        var row = new double[taps];
        var besselBeta = BesselI0(beta);
        for (var p = 0; p < storedRows; p++)
        {
            var fraction = (double)p / rows;
            var sum = 0.0;
            for (var j = 0; j < taps; j++)
            {
                var t = fraction + halfLength - 1 - j;
                var value = Kernel(t, cutoff, halfLength, beta, besselBeta);
                row[j] = value;
                sum += value;
            }

            // Each row sums to exactly 1 so DC passes at unit gain whatever the phase; otherwise the tiny
            // per-phase ripple would show up as a faint tone at the phase repetition rate.
            var span = coefficients.AsSpan(p * taps, taps);
            for (var j = 0; j < taps; j++)
            {
                span[j] = (float)(row[j] / sum);
            }
        }

        return new SincFilterBank(coefficients, rows, taps, halfLength, interpolated);
    }

    private static double Kernel(double t, double cutoff, int halfLength, double beta, double besselBeta)
    {
        var x = t / halfLength;
        if (Math.Abs(x) >= 1)
        {
            return 0;
        }

        var window = BesselI0(beta * Math.Sqrt(1 - (x * x))) / besselBeta;
        var arg = 2 * cutoff * t;
        var sinc = Math.Abs(arg) < 1e-12 ? 1 : Math.Sin(Math.PI * arg) / (Math.PI * arg);
        return 2 * cutoff * sinc * window;
    }

    // Zeroth-order modified Bessel function of the first kind, by its power series (converges fast for β ≈ 8).
    private static double BesselI0(double x)
    {
        var sum = 1.0;
        var term = 1.0;
        var half = x / 2;
        for (var k = 1; k < 64; k++)
        {
            term *= half / k;
            var squared = term * term;
            sum += squared;
            if (squared < sum * 1e-17)
            {
                break;
            }
        }

        return sum;
    }
}
