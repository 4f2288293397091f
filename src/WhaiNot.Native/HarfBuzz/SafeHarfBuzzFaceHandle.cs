using Microsoft.Win32.SafeHandles;

namespace WhaiNot.Native.HarfBuzz;

/// <summary>Owns an hb_face_t, a font face (the original, or the subset); freed with hb_face_destroy.</summary>
internal sealed class SafeHarfBuzzFaceHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public SafeHarfBuzzFaceHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        HarfBuzzNative.FaceDestroy(handle);
        return true;
    }
}
