using System.Runtime.InteropServices;

namespace WhaiNot.Documents.Pdf;

/// <summary>The few hb-subset functions of the HarfBuzz library that ships with HarfBuzzSharp (8.3.1).</summary>
internal static unsafe partial class HarfBuzzNative
{
    public const string Library = "libHarfBuzzSharp";

    // hb_memory_mode_t: the caller keeps the bytes alive (pinned) while the blob lives.
    public const int MemoryModeReadOnly = 1;

    [LibraryImport(Library, EntryPoint = "hb_blob_create")]
    public static partial nint BlobCreate(byte* data, uint length, int mode, nint userData, nint destroy);

    [LibraryImport(Library, EntryPoint = "hb_blob_destroy")]
    public static partial void BlobDestroy(nint blob);

    [LibraryImport(Library, EntryPoint = "hb_blob_get_data")]
    public static partial byte* BlobGetData(nint blob, out uint length);

    [LibraryImport(Library, EntryPoint = "hb_face_create")]
    public static partial nint FaceCreate(nint blob, uint index);

    [LibraryImport(Library, EntryPoint = "hb_face_destroy")]
    public static partial void FaceDestroy(nint face);

    [LibraryImport(Library, EntryPoint = "hb_face_reference_blob")]
    public static partial nint FaceReferenceBlob(nint face);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_create_or_fail")]
    public static partial nint SubsetInputCreate();

    [LibraryImport(Library, EntryPoint = "hb_subset_input_destroy")]
    public static partial void SubsetInputDestroy(nint input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_unicode_set")]
    public static partial nint SubsetInputUnicodeSet(nint input);

    [LibraryImport(Library, EntryPoint = "hb_set_add")]
    public static partial void SetAdd(nint set, uint codepoint);

    [LibraryImport(Library, EntryPoint = "hb_subset_or_fail")]
    public static partial nint SubsetOrFail(nint face, nint input);
}
