namespace WhaiNot.TestModels;

/// <summary>Counts written bytes against a total and reports the fraction at most once per 0.1 %, plus 1.0 at the end.</summary>
internal sealed class ProgressTracker(long total, IProgress<double>? progress, CancellationToken cancellationToken)
{
    private const double Step = 0.001;

    private long _done;
    private double _lastReported = -1;

    public void Advance(long bytes)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _done += bytes;
        if (progress is null)
        {
            return;
        }

        var fraction = total <= 0 ? 1.0 : Math.Min(1.0, (double)_done / total);
        if (fraction - _lastReported >= Step || (fraction >= 1.0 && _lastReported < 1.0))
        {
            _lastReported = fraction;
            progress.Report(fraction);
        }
    }
}
