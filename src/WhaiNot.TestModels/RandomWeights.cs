using System.Buffers.Binary;
using System.Runtime.InteropServices;
using WhaiNot.Native.ModelFiles;

namespace WhaiNot.TestModels;

/// <summary>
/// Fills tensor data for generated models straight from random bits: each value gets a random sign,
/// one of four exponents (2^-9 … 2^-6) and a random mantissa, so |x| lies in [2^-9, 2^-5). Building the
/// bit patterns directly (four halves or two floats per 64 random bits) needs no float conversions,
/// which keeps a 16 GB file disk-bound.
/// </summary>
internal static class RandomWeights
{
    // Per 16-bit lane: keep sign (bit 15) and mantissa (bits 0-9); bits 10-11 pick the exponent offset.
    private const ulong HalfSignAndMantissa = 0x83FF_83FF_83FF_83FFUL;
    private const ulong HalfExponentPick = 0x0003_0003_0003_0003UL;
    private const ulong HalfExponentBase = 0x0006_0006_0006_0006UL; // biased 6 = 2^-9

    // Per 32-bit lane: sign (bit 31) and mantissa (bits 0-22); bits 23-24 pick the exponent offset.
    private const ulong SingleSignAndMantissa = 0x807F_FFFF_807F_FFFFUL;
    private const ulong SingleExponentPick = 0x0000_0003_0000_0003UL;
    private const ulong SingleExponentBase = 0x0000_0076_0000_0076UL; // biased 118 = 2^-9

    /// <summary>Fills <paramref name="destination"/> with little-endian values of <paramref name="type"/> (F32 or F16).</summary>
    public static void Fill(Span<byte> destination, GgmlType type, TensorFill fill, ref SplitMix64 random)
    {
        switch (fill, type)
        {
            case (TensorFill.Random, GgmlType.F16):
                FillBits(destination, ref random, half: true);
                break;
            case (TensorFill.Random, GgmlType.F32):
                FillBits(destination, ref random, half: false);
                break;
            case (TensorFill.Ones, GgmlType.F16):
                FillPattern(destination, BitConverter.HalfToUInt16Bits(Half.One) * 0x0001_0001_0001_0001UL);
                break;
            case (TensorFill.Ones, GgmlType.F32):
                FillPattern(destination, BitConverter.SingleToUInt32Bits(1f) * 0x0000_0001_0000_0001UL);
                break;
            case (TensorFill.Zeros, GgmlType.F16 or GgmlType.F32):
                destination.Clear();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, "Generated tensors are F32 or F16.");
        }
    }

    private static void FillBits(Span<byte> destination, ref SplitMix64 random, bool half)
    {
        var whole = destination.Length / sizeof(ulong) * sizeof(ulong);
        var words = MemoryMarshal.Cast<byte, ulong>(destination[..whole]);
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = ToLittleEndian(half ? Halves(random.Next()) : Singles(random.Next()));
        }

        // A tail shorter than 8 bytes (only at a tensor's end) takes the low bytes of one more word.
        if (whole < destination.Length)
        {
            Span<byte> last = stackalloc byte[sizeof(ulong)];
            BinaryPrimitives.WriteUInt64LittleEndian(last, half ? Halves(random.Next()) : Singles(random.Next()));
            last[..(destination.Length - whole)].CopyTo(destination[whole..]);
        }
    }

    private static void FillPattern(Span<byte> destination, ulong pattern)
    {
        Span<byte> bytes = stackalloc byte[sizeof(ulong)];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, pattern);
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = bytes[i % sizeof(ulong)];
        }
    }

    private static ulong Halves(ulong bits) =>
        (bits & HalfSignAndMantissa) | ((((bits >> 10) & HalfExponentPick) + HalfExponentBase) << 10);

    private static ulong Singles(ulong bits) =>
        (bits & SingleSignAndMantissa) | ((((bits >> 23) & SingleExponentPick) + SingleExponentBase) << 23);

    private static ulong ToLittleEndian(ulong value) => BitConverter.IsLittleEndian ? value : BinaryPrimitives.ReverseEndianness(value);
}
