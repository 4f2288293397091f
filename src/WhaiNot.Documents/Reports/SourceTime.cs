namespace WhaiNot.Documents.Reports;

/// <summary>Where a cited transcript segment lies in the recording, in seconds from its start.</summary>
public sealed record SourceTime
{
    /// <summary>Creates a source time.</summary>
    /// <param name="start">Seconds from the start of the recording; not negative.</param>
    /// <param name="end">Seconds from the start of the recording; not before <paramref name="start"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">When a time is negative, not a number, or the end lies before the start.</exception>
    public SourceTime(double start, double end)
    {
        // "!(x >= 0)" also refuses NaN, which would print as nonsense in a report.
        if (!(start >= 0) || double.IsInfinity(start))
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "Het begin moet een tijd vanaf 0 seconden zijn.");
        }

        if (!(end >= start) || double.IsInfinity(end))
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, "Het einde mag niet voor het begin liggen.");
        }

        Start = start;
        End = end;
    }

    /// <summary>Seconds from the start of the recording.</summary>
    public double Start { get; }

    /// <summary>Seconds from the start of the recording.</summary>
    public double End { get; }
}
