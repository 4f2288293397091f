using System.Diagnostics;
using System.Globalization;

namespace WhaiNot.Cli.Bench;

/// <summary>
/// Samples another process from /proc once a second: CPU time from /proc/&lt;pid&gt;/stat (user +
/// system) and peak resident memory (VmHWM) from /proc/&lt;pid&gt;/status. Linux only; elsewhere
/// <see cref="Start"/> returns null and the bench reports no figures.
/// </summary>
internal sealed class ProcessMeter : IAsyncDisposable
{
    /// <summary>/proc reports CPU time in USER_HZ ticks, which the kernel fixes at 100 per second for user space.</summary>
    private const double TicksPerSecond = 100;

    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private readonly long _startTicks;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private double _peakPercent;

    private ProcessMeter(int pid, long startTicks)
    {
        _pid = pid;
        _startTicks = startTicks;
        _sampling = SampleAsync(_stop.Token);
    }

    public static ProcessMeter? Start(int pid) =>
        OperatingSystem.IsLinux() && CpuTicks(pid) is { } ticks ? new ProcessMeter(pid, ticks) : null;

    /// <summary>Stops sampling and returns the figures of the window since <see cref="Start"/>.</summary>
    public async Task<ProcessFigures?> StopAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        var elapsed = _clock.Elapsed.TotalSeconds;
        if (CpuTicks(_pid) is not { } endTicks || elapsed <= 0)
        {
            return null;
        }

        var mean = (endTicks - _startTicks) / TicksPerSecond / elapsed * 100;
        return new ProcessFigures(mean, Math.Max(_peakPercent, mean), PeakRssKibibytes(_pid) / 1024.0);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync();
            await _sampling;
        }

        _stop.Dispose();
    }

    /// <summary>utime + stime, fields 14 and 15 of /proc/&lt;pid&gt;/stat; counted after the ")" that ends the command name, which may hold spaces.</summary>
    internal static long? CpuTicks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // fields[0] is field 3 (state), so utime (14) and stime (15) are at 11 and 12.
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>VmHWM ("high water mark"): the most resident memory the process ever had, in KiB.</summary>
    internal static long PeakRssKibibytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return 0;
        }
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        var previousTicks = _startTicks;
        var previousTime = _clock.Elapsed;
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                if (CpuTicks(_pid) is not { } ticks)
                {
                    return;
                }

                var now = _clock.Elapsed;
                var percent = (ticks - previousTicks) / TicksPerSecond / (now - previousTime).TotalSeconds * 100;
                _peakPercent = Math.Max(_peakPercent, percent);
                (previousTicks, previousTime) = (ticks, now);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: the figures are taken by StopAsync.
        }
    }
}
