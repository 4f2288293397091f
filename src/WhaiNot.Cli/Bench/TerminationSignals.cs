using System.Runtime.InteropServices;

namespace WhaiNot.Cli.Bench;

/// <summary>
/// Turns the first Ctrl+C or SIGTERM into a cancellation, so the bench can stop its child appliance
/// and remove the temporary folder; a second one ends the process at once as usual.
/// </summary>
internal sealed class TerminationSignals : IDisposable
{
    private readonly List<PosixSignalRegistration> _registrations = [];

    public TerminationSignals(CancellationTokenSource cancel)
    {
        ArgumentNullException.ThrowIfNull(cancel);
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            try
            {
                _registrations.Add(PosixSignalRegistration.Create(signal, context =>
                {
                    context.Cancel = !cancel.IsCancellationRequested;
                    cancel.Cancel();
                }));
            }
            catch (PlatformNotSupportedException)
            {
                // Not on this platform: the ProcessExit clean-up of the child appliance still runs.
            }
        }
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }
}
