using Microsoft.Win32.SafeHandles;

namespace WhaiNot.Native.Llama;

/// <summary>Owns a llama_model (the weights, shared by all contexts); released with LlamaNative.ModelFree.</summary>
internal sealed class SafeLlamaModelHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public SafeLlamaModelHandle()
        : base(ownsHandle: true)
    {
    }

    internal SafeLlamaModelHandle(nint handle)
        : base(ownsHandle: true) => SetHandle(handle);

    protected override bool ReleaseHandle()
    {
        LlamaNative.ModelFree(handle);
        return true;
    }
}
