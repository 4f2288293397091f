namespace WhaiNot.Domain.Parity;

/// <summary>The figures of one report path in one period, as they stood at the report's as-of moment.</summary>
/// <param name="Path">The path these figures describe.</param>
/// <param name="Conversations">Conversations of the period on this path.</param>
/// <param name="Validated">Conversations whose report was validated by the as-of moment.</param>
/// <param name="Open">Conversations whose report was not (yet) validated at the as-of moment.</param>
/// <param name="MedianToValidation">
/// Median time from conversation end to validated report over the validated conversations;
/// <see langword="null"/> when none was validated. See <see cref="DurationStatistics.Median"/>.
/// </param>
/// <param name="Percentile90ToValidation">
/// 90th percentile (nearest-rank) of the same durations; <see langword="null"/> when none was validated.
/// See <see cref="DurationStatistics.NearestRankPercentile"/>.
/// </param>
/// <param name="ValidatedOnTime">Reports validated at or before their deadline.</param>
/// <param name="Late">
/// Reports validated after their deadline, plus open reports whose deadline had already passed at the as-of moment.
/// Open reports that are not yet due are neither on time nor late.
/// </param>
/// <param name="OnTimeShare">
/// <see cref="ValidatedOnTime"/> divided by (<see cref="Validated"/> + open-and-overdue), between 0 and 1;
/// <see langword="null"/> when there is nothing to judge yet.
/// </param>
public sealed record PathFigures(
    ReportPath Path,
    int Conversations,
    int Validated,
    int Open,
    TimeSpan? MedianToValidation,
    TimeSpan? Percentile90ToValidation,
    int ValidatedOnTime,
    int Late,
    double? OnTimeShare);
