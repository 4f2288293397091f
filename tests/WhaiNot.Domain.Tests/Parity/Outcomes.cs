using WhaiNot.Domain.Parity;

namespace WhaiNot.Domain.Tests.Parity;

/// <summary>Builds conversation outcomes for the parity tests with a few readable defaults.</summary>
internal static class Outcomes
{
    public static readonly Guid TeamA = new("aaaaaaaa-0000-0000-0000-000000000001");
    public static readonly Guid TeamB = new("bbbbbbbb-0000-0000-0000-000000000002");

    // 10 June 2026, 10:00 in Brussels (summer time), well inside June.
    public static readonly DateTimeOffset Ended = new(2026, 6, 10, 8, 0, 0, TimeSpan.Zero);

    // Long after every default deadline, so validated reports are all visible.
    public static readonly DateTimeOffset AsOf = new(2026, 7, 31, 12, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly JuneFirst = new(2026, 6, 1);
    public static readonly DateOnly JuneLast = new(2026, 6, 30);

    public static TimeZoneInfo Brussels { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    /// <summary>A conversation validated <paramref name="toValidation"/> after it ended (open when null).</summary>
    public static ConversationOutcome Outcome(
        ReportPath path,
        TimeSpan? toValidation,
        TimeSpan? deadlineAfter = null,
        Guid? team = null,
        DateTimeOffset? ended = null)
    {
        var end = ended ?? Ended;
        return new ConversationOutcome(
            Guid.NewGuid(),
            team ?? TeamA,
            path,
            end,
            end + (deadlineAfter ?? TimeSpan.FromDays(14)),
            toValidation is { } wait ? end + wait : null);
    }

    /// <summary>One validated conversation per duration, all on the given path.</summary>
    public static IEnumerable<ConversationOutcome> Validated(ReportPath path, params TimeSpan[] durations) =>
        durations.Select(d => Outcome(path, d));

    /// <summary>Durations in hours, for short known data sets.</summary>
    public static TimeSpan[] Hours(params double[] hours) => hours.Select(TimeSpan.FromHours).ToArray();

    /// <summary>The given number of identical durations.</summary>
    public static TimeSpan[] Repeat(int count, TimeSpan duration) => Enumerable.Repeat(duration, count).ToArray();

    public static ParityReport June(IEnumerable<ConversationOutcome> outcomes, ParityThresholds? thresholds = null, Guid? teamId = null) =>
        ParityCalculator.Calculate(outcomes, JuneFirst, JuneLast, AsOf, Brussels, thresholds, teamId);
}
