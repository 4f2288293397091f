using System.Runtime.InteropServices;

namespace WhaiNot.Native.HarfBuzz;

/// <summary>
/// The few hb-subset functions of the HarfBuzz library that ships with HarfBuzzSharp (8.3.1).
/// Unlike whisper and llama it is not part of the installed runtime: the NuGet native asset puts it
/// next to the app, where the default probing finds it (<see cref="Runtime.NativeRuntime"/>'s
/// resolver passes names it doesn't know on).
/// </summary>
internal static unsafe partial class HarfBuzzNative
{
    public const string Library = "libHarfBuzzSharp";

    // hb_memory_mode_t: the caller keeps the bytes alive (pinned) while the blob lives.
    public const int MemoryModeReadOnly = 1;

    [LibraryImport(Library, EntryPoint = "hb_blob_create")]
    public static partial SafeHarfBuzzBlobHandle BlobCreate(byte* data, uint length, int mode, nint userData, nint destroy);

    [LibraryImport(Library, EntryPoint = "hb_blob_destroy")]
    public static partial void BlobDestroy(nint blob);

    [LibraryImport(Library, EntryPoint = "hb_blob_get_data")]
    public static partial byte* BlobGetData(SafeHarfBuzzBlobHandle blob, out uint length);

    [LibraryImport(Library, EntryPoint = "hb_face_create")]
    public static partial SafeHarfBuzzFaceHandle FaceCreate(SafeHarfBuzzBlobHandle blob, uint index);

    [LibraryImport(Library, EntryPoint = "hb_face_destroy")]
    public static partial void FaceDestroy(nint face);

    [LibraryImport(Library, EntryPoint = "hb_face_reference_blob")]
    public static partial SafeHarfBuzzBlobHandle FaceReferenceBlob(SafeHarfBuzzFaceHandle face);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_create_or_fail")]
    public static partial SafeHarfBuzzSubsetInputHandle SubsetInputCreate();

    [LibraryImport(Library, EntryPoint = "hb_subset_input_destroy")]
    public static partial void SubsetInputDestroy(nint input);

    // Borrowed: the set belongs to the input and dies with it, so a bare pointer is right here.
    [LibraryImport(Library, EntryPoint = "hb_subset_input_unicode_set")]
    public static partial nint SubsetInputUnicodeSet(SafeHarfBuzzSubsetInputHandle input);

    [LibraryImport(Library, EntryPoint = "hb_set_add")]
    public static partial void SetAdd(nint set, uint codepoint);

    [LibraryImport(Library, EntryPoint = "hb_subset_or_fail")]
    public static partial SafeHarfBuzzFaceHandle SubsetOrFail(SafeHarfBuzzFaceHandle face, SafeHarfBuzzSubsetInputHandle input);
}
