using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace WhaiNot.Speech.Audio;

/// <summary>
/// Band-limited resampling of one channel, fed block by block: each output costs one dot product of
/// <see cref="SincFilterBank.Taps"/> multiplications, so the whole run is O(n·taps), and only a window of
/// the input a little longer than the filter is kept.
/// </summary>
/// <remarks>Silence is assumed before the first and after the last input sample.</remarks>
internal sealed class SincResampler
{
    // Input samples taken into the window per step, on top of the filter length.
    private const int ChunkSamples = 16 * 1024;

    private readonly int _sourceRate;
    private readonly int _targetRate;
    private readonly long _phases;
    private readonly long _step;
    private readonly SincFilterBank _bank;
    private readonly int _rightReach;
    private readonly float[] _window;
    private readonly FloatArrayBuilder _output;
    private long _windowStart;
    private int _windowCount;
    private long _inputCount;
    private long _center;
    private long _remainder;
    private long _outputCount;
    private bool _completed;

    /// <summary>Creates a resampler from <paramref name="sourceRate"/> to <paramref name="targetRate"/>.</summary>
    /// <param name="sourceRate">Input rate in Hz.</param>
    /// <param name="targetRate">Output rate in Hz.</param>
    /// <param name="expectedInputLength">Input samples that will come, when known: the output is then allocated once, exactly.</param>
    public SincResampler(int sourceRate, int targetRate, long? expectedInputLength = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sourceRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetRate);

        _sourceRate = sourceRate;
        _targetRate = targetRate;
        var divisor = GreatestCommonDivisor(sourceRate, targetRate);
        _phases = targetRate / divisor;
        _step = sourceRate / divisor;
        _bank = SincFilterBank.Design(sourceRate, targetRate, (int)_phases);
        _rightReach = _bank.Taps - _bank.HalfLength;

        // The filter is always longer than one output step, so after producing, what must stay in the window
        // (from the next output's first tap on) is shorter than one filter and compaction always frees room.
        Debug.Assert(_bank.Taps > (_step / _phases) + 1, "Filter shorter than the resampling step.");
        _window = new float[_bank.Taps + ChunkSamples];

        // Silence before the first sample: the first output's taps reach back HalfLength - 1 samples.
        _windowStart = -(_bank.HalfLength - 1);
        _windowCount = _bank.HalfLength - 1;

        _output = new FloatArrayBuilder(expectedInputLength is long length ? OutputLength(length, sourceRate, targetRate) : 0);
    }

    /// <summary>Samples fed in so far.</summary>
    public long InputCount => _inputCount;

    /// <summary>Coefficients per output sample.</summary>
    public int Taps => _bank.Taps;

    /// <summary>
    /// How many samples <paramref name="inputLength"/> samples become: the same duration, rounded to the
    /// nearest output sample.
    /// </summary>
    public static long OutputLength(long inputLength, int sourceRate, int targetRate) =>
        ((inputLength * targetRate) + (sourceRate / 2)) / sourceRate;

    /// <summary>Feeds the next input samples; produces every output whose taps are all available.</summary>
    public void Write(ReadOnlySpan<float> input)
    {
        if (_completed)
        {
            throw new InvalidOperationException("The resampler has already been completed.");
        }

        while (!input.IsEmpty)
        {
            if (_windowCount == _window.Length)
            {
                Compact();
            }

            var count = Math.Min(input.Length, _window.Length - _windowCount);
            input[..count].CopyTo(_window.AsSpan(_windowCount));
            _windowCount += count;
            _inputCount += count;
            input = input[count..];
            Produce(long.MaxValue);
        }
    }

    /// <summary>Flushes the filter tail (with silence after the input) and returns all output samples.</summary>
    public float[] Complete()
    {
        if (_completed)
        {
            throw new InvalidOperationException("The resampler has already been completed.");
        }

        _completed = true;
        var total = OutputLength(_inputCount, _sourceRate, _targetRate);
        while (_outputCount < total)
        {
            if (_windowCount == _window.Length)
            {
                Compact();
            }

            var count = Math.Min(_bank.Taps, _window.Length - _windowCount);
            _window.AsSpan(_windowCount, count).Clear();
            _windowCount += count;
            Produce(total);
        }

        return _output.ToArray();
    }

    // Hot loop: optimised even in Debug builds so a long recording does not take minutes in a test run.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Produce(long limit)
    {
        var windowEnd = _windowStart + _windowCount;
        var coefficients = _bank.Coefficients;
        var taps = _bank.Taps;
        while (_outputCount < limit && _center + _rightReach < windowEnd)
        {
            var input = new ReadOnlySpan<float>(_window, (int)(_center - _bank.HalfLength + 1 - _windowStart), taps);
            float value;
            if (!_bank.Interpolated)
            {
                value = Dot(input, new ReadOnlySpan<float>(coefficients, (int)_remainder * taps, taps));
            }
            else
            {
                var position = (double)_remainder * _bank.Rows / _phases;
                var row = (int)position;
                var weight = (float)(position - row);
                var before = Dot(input, new ReadOnlySpan<float>(coefficients, row * taps, taps));
                var after = Dot(input, new ReadOnlySpan<float>(coefficients, (row + 1) * taps, taps));
                value = before + ((after - before) * weight);
            }

            _output.Append(value);
            _outputCount++;
            _remainder += _step;
            if (_remainder >= _phases)
            {
                _center += _remainder / _phases;
                _remainder %= _phases;
            }
        }
    }

    // Drops input no future output reaches any more.
    private void Compact()
    {
        var keepFrom = _center - _bank.HalfLength + 1;
        var drop = (int)Math.Clamp(keepFrom - _windowStart, 0, _windowCount);
        Debug.Assert(drop > 0, "Window full but nothing to drop.");
        _window.AsSpan(drop, _windowCount - drop).CopyTo(_window);
        _windowCount -= drop;
        _windowStart += drop;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private static float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> h)
    {
        var sum = 0f;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var xv = MemoryMarshal.Cast<float, Vector<float>>(x);
            var hv = MemoryMarshal.Cast<float, Vector<float>>(h);
            var acc = Vector<float>.Zero;
            for (var k = 0; k < xv.Length; k++)
            {
                acc += xv[k] * hv[k];
            }

            sum = Vector.Sum(acc);
            i = xv.Length * Vector<float>.Count;
        }

        for (; i < x.Length; i++)
        {
            sum += x[i] * h[i];
        }

        return sum;
    }

    private static int GreatestCommonDivisor(int a, int b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
