using Microsoft.Win32.SafeHandles;

namespace WhaiNot.Native.Llama;

/// <summary>Owns a llama_sampler chain (it frees the samplers added to it); released with LlamaNative.SamplerFree.</summary>
internal sealed class SafeLlamaSamplerHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public SafeLlamaSamplerHandle()
        : base(ownsHandle: true)
    {
    }

    internal SafeLlamaSamplerHandle(nint handle)
        : base(ownsHandle: true) => SetHandle(handle);

    protected override bool ReleaseHandle()
    {
        LlamaNative.SamplerFree(handle);
        return true;
    }
}
