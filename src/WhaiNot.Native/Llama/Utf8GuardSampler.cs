using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace WhaiNot.Native.Llama;

/// <summary>
/// A llama sampler (our own llama_sampler_i) that removes every candidate whose bytes would make the
/// output invalid UTF-8, and end-of-generation while a character is half written. Placed after the
/// grammar sampler, it closes the gap between llama.cpp's lenient UTF-8 decoding and strict JSON
/// readers, so grammar-bound output also survives a strict decode unchanged.
/// </summary>
internal sealed unsafe class Utf8GuardSampler
{
    // llama_sampler_i: 12 function pointers in v0.5.0 (6 in older versions); unused ones stay null.
    private const int InterfaceSlots = 16;
    private static readonly nint Interface = CreateInterface();

    private readonly byte[][] _pieces;
    private readonly bool[] _endOfGeneration;
    private Utf8Validator _state;

    private Utf8GuardSampler(byte[][] pieces, bool[] endOfGeneration)
    {
        _pieces = pieces;
        _endOfGeneration = endOfGeneration;
    }

    /// <summary>Creates the native sampler; the chain it is added to owns and frees it.</summary>
    public static nint Create(TokenPieces pieces)
    {
        var guard = new Utf8GuardSampler(pieces.Bytes, pieces.EndOfGeneration);
        var handle = GCHandle.Alloc(guard);
        return LlamaNative.SamplerInit(Interface, GCHandle.ToIntPtr(handle));
    }

    private static nint CreateInterface()
    {
        var iface = (nint*)NativeMemory.AllocZeroed((nuint)(InterfaceSlots * sizeof(nint)));
        iface[1] = (nint)(delegate* unmanaged[Cdecl]<nint, int, void>)&Accept;
        iface[2] = (nint)(delegate* unmanaged[Cdecl]<nint, LlamaTokenDataArray*, void>)&Apply;
        iface[3] = (nint)(delegate* unmanaged[Cdecl]<nint, void>)&Reset;
        iface[5] = (nint)(delegate* unmanaged[Cdecl]<nint, void>)&Free;
        return (nint)iface;
    }

    private static Utf8GuardSampler Of(nint sampler) =>
        (Utf8GuardSampler)GCHandle.FromIntPtr(((nint*)sampler)[1]).Target!;

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Apply(nint sampler, LlamaTokenDataArray* candidates)
    {
        var guard = Of(sampler);
        for (nuint i = 0; i < candidates->Size; i++)
        {
            ref var candidate = ref candidates->Data[i];
            if (float.IsNegativeInfinity(candidate.Logit) || (uint)candidate.Id >= (uint)guard._pieces.Length)
            {
                continue;
            }

            var allowed = guard._endOfGeneration[candidate.Id]
                ? !guard._state.InsideCharacter
                : guard._state.TryAdvanceCopy(guard._pieces[candidate.Id]);
            if (!allowed)
            {
                candidate.Logit = float.NegativeInfinity;
            }
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Accept(nint sampler, int token)
    {
        var guard = Of(sampler);
        if ((uint)token < (uint)guard._pieces.Length && !guard._endOfGeneration[token])
        {
            guard._state.TryAdvance(guard._pieces[token]);
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Reset(nint sampler) => Of(sampler)._state = default;

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Free(nint sampler)
    {
        var handle = GCHandle.FromIntPtr(((nint*)sampler)[1]);
        if (handle.IsAllocated)
        {
            handle.Free();
        }
    }
}
