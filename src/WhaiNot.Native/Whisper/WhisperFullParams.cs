using System.Runtime.InteropServices;

namespace WhaiNot.Native.Whisper;

/// <summary>
/// struct whisper_full_params (whisper.cpp 1.9.3, 304 bytes), passed by value. Only the fields the
/// appliance sets are named; the rest keep the library's defaults from whisper_full_default_params.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 304)]
internal unsafe struct WhisperFullParams
{
    [FieldOffset(0)] public int Strategy;
    [FieldOffset(4)] public int NThreads;
    [FieldOffset(8)] public int NMaxTextCtx;
    [FieldOffset(12)] public int OffsetMs;
    [FieldOffset(16)] public int DurationMs;
    [FieldOffset(20)] public byte Translate;
    [FieldOffset(21)] public byte NoContext;
    [FieldOffset(22)] public byte NoTimestamps;
    [FieldOffset(23)] public byte SingleSegment;
    [FieldOffset(24)] public byte PrintSpecial;
    [FieldOffset(25)] public byte PrintProgress;
    [FieldOffset(26)] public byte PrintRealtime;
    [FieldOffset(27)] public byte PrintTimestamps;
    [FieldOffset(28)] public byte TokenTimestamps;
    [FieldOffset(72)] public byte* InitialPrompt;
    [FieldOffset(80)] public byte CarryInitialPrompt;
    [FieldOffset(104)] public byte* Language;
    [FieldOffset(112)] public byte DetectLanguage;
    [FieldOffset(113)] public byte SuppressBlank;
    [FieldOffset(114)] public byte SuppressNonSpeechTokens;
    [FieldOffset(116)] public float Temperature;
    [FieldOffset(128)] public float TemperatureIncrement;
    [FieldOffset(140)] public float NoSpeechThreshold;
    [FieldOffset(144)] public int GreedyBestOf;
    [FieldOffset(148)] public int BeamSize;
    [FieldOffset(160)] public delegate* unmanaged<nint, nint, int, nint, void> NewSegmentCallback;
    [FieldOffset(168)] public nint NewSegmentCallbackUserData;
    [FieldOffset(176)] public delegate* unmanaged<nint, nint, int, nint, void> ProgressCallback;
    [FieldOffset(184)] public nint ProgressCallbackUserData;
    [FieldOffset(192)] public delegate* unmanaged<nint, nint, nint, byte> EncoderBeginCallback;
    [FieldOffset(200)] public nint EncoderBeginCallbackUserData;
    [FieldOffset(208)] public delegate* unmanaged[Cdecl]<nint, byte> AbortCallback;
    [FieldOffset(216)] public nint AbortCallbackUserData;
    [FieldOffset(268)] public byte Vad;
}
