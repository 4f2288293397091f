using Microsoft.Win32.SafeHandles;

namespace WhaiNot.Native.Whisper;

/// <summary>
/// Owns a whisper_state (the per-transcription working memory); freed with whisper_free_state.
/// One state per concurrent transcription: the model is shared, states are not.
/// </summary>
internal sealed class SafeWhisperStateHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public SafeWhisperStateHandle()
        : base(ownsHandle: true)
    {
    }

    internal SafeWhisperStateHandle(nint handle)
        : base(ownsHandle: true) => SetHandle(handle);

    protected override bool ReleaseHandle()
    {
        WhisperNative.FreeState(handle);
        return true;
    }
}
