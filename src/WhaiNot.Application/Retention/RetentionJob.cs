using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WhaiNot.Application.Settings;

namespace WhaiNot.Application.Retention;

/// <summary>
/// Runs the retention schedule at start-up (which also finishes a run a restart interrupted) and
/// then every <see cref="RetentionOptions.RunEveryHours"/> hours, on the injected clock. A failed
/// run is logged and tried again at the next tick; it never stops the appliance.
/// </summary>
public sealed class RetentionJob(RetentionService retention, TimeProvider time, IOptions<ApplianceOptions> options, ILogger<RetentionJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        RunOnce();
        using var timer = new PeriodicTimer(TimeSpan.FromHours(options.Value.Retention.RunEveryHours), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            RunOnce();
        }
    }

    private void RunOnce()
    {
        try
        {
            var run = retention.Run();
            logger.LogInformation(
                "Bewaartermijnen toegepast: {Deleted} gesprekken gewist, {Resumed} onderbroken wissingen afgemaakt, {Held} bewaard wegens bewaarplicht, {Warnings} waarschuwingen, {Due} verslagen wachten op de DPO.",
                run.Deleted, run.Resumed, run.HeldByLegalHold, run.Warnings, run.ReportsDue);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "De bewaartermijnen konden niet toegepast worden; de volgende ronde probeert opnieuw.");
        }
    }
}
