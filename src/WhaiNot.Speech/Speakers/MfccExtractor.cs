namespace WhaiNot.Speech.Speakers;

/// <summary>
/// Mel-frequency cepstral coefficients of 16 kHz mono audio: 25 ms Hamming frames every 10 ms,
/// pre-emphasis 0.97, a 512-point FFT, 26 triangular mel filters from 60 to 7600 Hz, log energies
/// and a DCT-II. Coefficient 0 (loudness) is returned apart as the frame's log energy, so speaker
/// features don't depend on how loud someone speaks.
/// </summary>
public sealed class MfccExtractor
{
    public const int SampleRate = 16000;
    public const int FrameLength = 400;
    public const int Hop = 160;
    private const int FftSize = 512;
    private const int Filters = 26;

    private readonly double[] _window = new double[FrameLength];
    private readonly double[][] _filterBank;
    private readonly double[][] _dct;

    public MfccExtractor(int coefficients = 19)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(coefficients, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(coefficients, Filters - 1);
        Coefficients = coefficients;
        for (var i = 0; i < FrameLength; i++)
        {
            _window[i] = 0.54 - (0.46 * Math.Cos(2 * Math.PI * i / (FrameLength - 1)));
        }

        _filterBank = MelFilters();
        _dct = new double[coefficients][];
        for (var c = 0; c < coefficients; c++)
        {
            _dct[c] = new double[Filters];
            for (var m = 0; m < Filters; m++)
            {
                // Coefficient c + 1: c0 is left out on purpose (loudness, not voice).
                _dct[c][m] = Math.Cos(Math.PI * (c + 1) * (m + 0.5) / Filters);
            }
        }
    }

    /// <summary>Cepstral coefficients per frame (1..N, without c0).</summary>
    public int Coefficients { get; }

    /// <summary>One entry per 10 ms frame: the coefficients and the frame's log energy (dB).</summary>
    public IReadOnlyList<MfccFrame> Frames(ReadOnlySpan<float> samples)
    {
        var frames = new List<MfccFrame>(Math.Max(0, ((samples.Length - FrameLength) / Hop) + 1));
        Span<double> real = stackalloc double[FftSize];
        Span<double> imag = stackalloc double[FftSize];
        Span<double> power = stackalloc double[(FftSize / 2) + 1];
        Span<double> logMel = stackalloc double[Filters];
        for (var start = 0; start + FrameLength <= samples.Length; start += Hop)
        {
            real.Clear();
            imag.Clear();
            double energy = 0;
            for (var i = 0; i < FrameLength; i++)
            {
                var previous = start + i > 0 ? samples[start + i - 1] : 0f;
                var value = (samples[start + i] - (0.97 * previous)) * _window[i];
                real[i] = value;
                energy += samples[start + i] * (double)samples[start + i];
            }

            Fft.Forward(real, imag);
            for (var k = 0; k < power.Length; k++)
            {
                power[k] = (real[k] * real[k]) + (imag[k] * imag[k]);
            }

            for (var m = 0; m < Filters; m++)
            {
                double sum = 0;
                var filter = _filterBank[m];
                for (var k = 0; k < filter.Length; k++)
                {
                    sum += filter[k] * power[k];
                }

                logMel[m] = Math.Log(sum + 1e-10);
            }

            var coefficients = new float[Coefficients];
            for (var c = 0; c < Coefficients; c++)
            {
                double sum = 0;
                for (var m = 0; m < Filters; m++)
                {
                    sum += _dct[c][m] * logMel[m];
                }

                coefficients[c] = (float)sum;
            }

            frames.Add(new MfccFrame(coefficients, 10 * Math.Log10((energy / FrameLength) + 1e-12)));
        }

        return frames;
    }

    private static double[][] MelFilters()
    {
        static double Mel(double hz) => 2595 * Math.Log10(1 + (hz / 700));
        static double Hz(double mel) => 700 * (Math.Pow(10, mel / 2595) - 1);
        var low = Mel(60);
        var high = Mel(7600);
        var bins = new double[Filters + 2];
        for (var i = 0; i < bins.Length; i++)
        {
            bins[i] = Hz(low + ((high - low) * i / (Filters + 1))) * FftSize / SampleRate;
        }

        var bank = new double[Filters][];
        for (var m = 0; m < Filters; m++)
        {
            bank[m] = new double[(FftSize / 2) + 1];
            for (var k = 0; k < bank[m].Length; k++)
            {
                if (k > bins[m] && k <= bins[m + 1])
                {
                    bank[m][k] = (k - bins[m]) / (bins[m + 1] - bins[m]);
                }
                else if (k > bins[m + 1] && k < bins[m + 2])
                {
                    bank[m][k] = (bins[m + 2] - k) / (bins[m + 2] - bins[m + 1]);
                }
            }
        }

        return bank;
    }
}

/// <summary>One 10 ms frame: cepstral coefficients 1..N and the frame's log energy in dB (full scale).</summary>
public sealed record MfccFrame(float[] Coefficients, double EnergyDb);
