namespace WhaiNot.Speech.Speakers;

/// <summary>In-place radix-2 FFT, enough for the 512-point frames of the speaker features.</summary>
internal static class Fft
{
    /// <summary>Transforms <paramref name="real"/>/<paramref name="imag"/> (length a power of two) in place.</summary>
    public static void Forward(Span<double> real, Span<double> imag)
    {
        var n = real.Length;
        for (int i = 1, j = 0; i < n; i++)
        {
            var bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1)
            {
                j ^= bit;
            }

            j ^= bit;
            if (i < j)
            {
                (real[i], real[j]) = (real[j], real[i]);
                (imag[i], imag[j]) = (imag[j], imag[i]);
            }
        }

        for (var length = 2; length <= n; length <<= 1)
        {
            var angle = -2 * Math.PI / length;
            var wReal = Math.Cos(angle);
            var wImag = Math.Sin(angle);
            for (var start = 0; start < n; start += length)
            {
                double uReal = 1, uImag = 0;
                for (var k = 0; k < length / 2; k++)
                {
                    var a = start + k;
                    var b = a + (length / 2);
                    var tReal = (real[b] * uReal) - (imag[b] * uImag);
                    var tImag = (real[b] * uImag) + (imag[b] * uReal);
                    real[b] = real[a] - tReal;
                    imag[b] = imag[a] - tImag;
                    real[a] += tReal;
                    imag[a] += tImag;
                    var next = (uReal * wReal) - (uImag * wImag);
                    uImag = (uReal * wImag) + (uImag * wReal);
                    uReal = next;
                }
            }
        }
    }
}
