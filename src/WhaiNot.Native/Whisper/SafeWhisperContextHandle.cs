using Microsoft.Win32.SafeHandles;

namespace WhaiNot.Native.Whisper;

/// <summary>Owns a whisper_context (the loaded model); freed with whisper_free.</summary>
internal sealed class SafeWhisperContextHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public SafeWhisperContextHandle()
        : base(ownsHandle: true)
    {
    }

    internal SafeWhisperContextHandle(nint handle)
        : base(ownsHandle: true) => SetHandle(handle);

    protected override bool ReleaseHandle()
    {
        WhisperNative.Free(handle);
        return true;
    }
}
