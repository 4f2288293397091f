using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace WhaiNot.Native;

/// <summary>
/// Hands a CancellationToken to a native abort callback: the engine polls the callback between
/// compute steps, and a cancelled token makes it stop. The GCHandle keeps the token reachable
/// while native code holds the pointer.
/// </summary>
internal sealed unsafe class CancellationBridge : IDisposable
{
    private GCHandle _handle;

    public CancellationBridge(CancellationToken token)
    {
        Token = token;
        _handle = GCHandle.Alloc(this);
    }

    public CancellationToken Token { get; }

    public nint UserData => GCHandle.ToIntPtr(_handle);

    public static delegate* unmanaged[Cdecl]<nint, byte> Callback => &ShouldAbort;

    public void Dispose()
    {
        if (_handle.IsAllocated)
        {
            _handle.Free();
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static byte ShouldAbort(nint userData)
    {
        var target = GCHandle.FromIntPtr(userData).Target as CancellationBridge;
        return target is not null && target.Token.IsCancellationRequested ? (byte)1 : (byte)0;
    }
}
