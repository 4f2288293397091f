using System.Runtime.InteropServices;

namespace WhaiNot.Native.Whisper;

/// <summary>
/// The whisper.h functions the appliance uses (whisper.cpp 1.9.3-dev). "whisper" is resolved by
/// <see cref="Runtime.NativeRuntime"/> to the installed library, loaded locally so its ggml copy
/// never meets llama's.
/// </summary>
internal static unsafe partial class WhisperNative
{
    public const string Library = "whisper";

    [LibraryImport(Library, EntryPoint = "whisper_version")]
    public static partial byte* Version();

    [LibraryImport(Library, EntryPoint = "whisper_print_system_info")]
    public static partial byte* PrintSystemInfo();

    [LibraryImport(Library, EntryPoint = "whisper_log_set")]
    public static partial void LogSet(delegate* unmanaged[Cdecl]<int, byte*, nint, void> callback, nint userData);

    [LibraryImport(Library, EntryPoint = "whisper_context_default_params")]
    public static partial WhisperContextParams ContextDefaultParams();

    [LibraryImport(Library, EntryPoint = "whisper_full_default_params")]
    public static partial WhisperFullParams FullDefaultParams(int strategy);

    [LibraryImport(Library, EntryPoint = "whisper_init_from_file_with_params_no_state")]
    public static partial nint InitFromFileNoState(byte* path, WhisperContextParams parameters);

    [LibraryImport(Library, EntryPoint = "whisper_init_state")]
    public static partial nint InitState(SafeWhisperContextHandle context);

    [LibraryImport(Library, EntryPoint = "whisper_free")]
    public static partial void Free(nint context);

    [LibraryImport(Library, EntryPoint = "whisper_free_state")]
    public static partial void FreeState(nint state);

    [LibraryImport(Library, EntryPoint = "whisper_full_with_state")]
    public static partial int FullWithState(SafeWhisperContextHandle context, SafeWhisperStateHandle state, WhisperFullParams parameters, float* samples, int sampleCount);

    [LibraryImport(Library, EntryPoint = "whisper_full_n_segments_from_state")]
    public static partial int SegmentCount(SafeWhisperStateHandle state);

    [LibraryImport(Library, EntryPoint = "whisper_full_get_segment_text_from_state")]
    public static partial byte* SegmentText(SafeWhisperStateHandle state, int segment);

    [LibraryImport(Library, EntryPoint = "whisper_full_get_segment_t0_from_state")]
    public static partial long SegmentStart(SafeWhisperStateHandle state, int segment);

    [LibraryImport(Library, EntryPoint = "whisper_full_get_segment_t1_from_state")]
    public static partial long SegmentEnd(SafeWhisperStateHandle state, int segment);

    [LibraryImport(Library, EntryPoint = "whisper_full_get_segment_no_speech_prob_from_state")]
    public static partial float SegmentNoSpeechProbability(SafeWhisperStateHandle state, int segment);

    [LibraryImport(Library, EntryPoint = "whisper_full_lang_id_from_state")]
    public static partial int LanguageIdFromState(SafeWhisperStateHandle state);

    [LibraryImport(Library, EntryPoint = "whisper_lang_id")]
    public static partial int LanguageId(byte* language);

    [LibraryImport(Library, EntryPoint = "whisper_lang_str")]
    public static partial byte* LanguageString(int id);

    [LibraryImport(Library, EntryPoint = "whisper_is_multilingual")]
    public static partial int IsMultilingual(SafeWhisperContextHandle context);

    [LibraryImport(Library, EntryPoint = "whisper_model_type_readable")]
    public static partial byte* ModelTypeReadable(SafeWhisperContextHandle context);
}
