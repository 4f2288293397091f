using Microsoft.Win32.SafeHandles;

namespace WhaiNot.Native.Llama;

/// <summary>Owns a llama_context; released with LlamaNative.Free.</summary>
internal sealed class SafeLlamaContextHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public SafeLlamaContextHandle()
        : base(ownsHandle: true)
    {
    }

    internal SafeLlamaContextHandle(nint handle)
        : base(ownsHandle: true) => SetHandle(handle);

    protected override bool ReleaseHandle()
    {
        LlamaNative.Free(handle);
        return true;
    }
}
