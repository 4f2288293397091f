using Microsoft.Win32.SafeHandles;

namespace WhaiNot.Native.HarfBuzz;

/// <summary>Owns an hb_subset_input_t, the subset request (which characters to keep); freed with hb_subset_input_destroy.</summary>
internal sealed class SafeHarfBuzzSubsetInputHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public SafeHarfBuzzSubsetInputHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        HarfBuzzNative.SubsetInputDestroy(handle);
        return true;
    }
}
