using Microsoft.Win32.SafeHandles;

namespace WhaiNot.Native.HarfBuzz;

/// <summary>Owns an hb_blob_t, a block of bytes (the font, or the subset's result); freed with hb_blob_destroy.</summary>
internal sealed class SafeHarfBuzzBlobHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public SafeHarfBuzzBlobHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        HarfBuzzNative.BlobDestroy(handle);
        return true;
    }
}
