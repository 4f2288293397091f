using WhaiNot.Application.SystemInfo;
using WhaiNot.Storage;

namespace WhaiNot.Appliance.SystemInfo;

/// <summary>
/// Logs a warning while the data disk is nearly full, at start and every few minutes, so IT sees it in
/// the journal (and any log watcher) before the box has to refuse new recordings.
/// </summary>
internal sealed class DiskSpaceWatch(DiskSpace disk, DataFolder folder, ILogger<DiskSpaceWatch> logger, TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            var state = disk.Check();
            if (state.NearlyFull)
            {
                logger.LogWarning("{Warning}", DiskTexts.NearlyFullWarning(state, folder.Root));
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
