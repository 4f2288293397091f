using WhaiNot.Domain.AiLog;
using WhaiNot.Domain.Conversations;
using WhaiNot.Domain.Kpis;

namespace WhaiNot.Domain.Tests.Kpis;

/// <summary>Each KPI crosses its threshold once (and stays quiet just under it), with a plain Dutch stop-signal that carries the figures.</summary>
public sealed class KpiCalculatorTests
{
    private static readonly DateTimeOffset Ended = new(2026, 5, 4, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Team = Guid.NewGuid();

    public static TheoryData<string> AllKpis => new()
    {
        "time-to-report-ai", "time-to-report-alternative", "edit-ratio", "unsupported-share", "discarded-share",
        "consent-rate", "refusal-rate", "parity-signals", "incidents",
    };

    [Theory]
    [MemberData(nameof(AllKpis))]
    public void Compute_WhenAKpiIsOverItsThreshold_ShouldGiveAStopSignalWithTheFigures_AndOnlyThatOne(string id)
    {
        var (inputs, thresholds, expected) = Crossing(id);

        var kpis = KpiCalculator.Compute(inputs, thresholds);

        var crossed = Assert.Single(kpis, k => k.Crossed);
        Assert.Equal(id, crossed.Id);
        Assert.StartsWith("Stop-signaal: ", crossed.Signal, StringComparison.Ordinal);
        Assert.Contains(expected, crossed.Signal, StringComparison.Ordinal);
        Assert.Contains("Het systeem stopt niet vanzelf", crossed.Signal, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllKpis))]
    public void Compute_WhenAKpiEqualsItsThreshold_ShouldGiveNoSignal(string id)
    {
        var (inputs, thresholds, _) = Crossing(id);
        var value = KpiCalculator.Compute(inputs, thresholds).Single(k => k.Id == id).Value!.Value;

        var kpis = KpiCalculator.Compute(inputs, AtExactly(id, thresholds, value));

        Assert.DoesNotContain(kpis, k => k.Crossed);
    }

    [Fact]
    public void Compute_WithoutData_ShouldSayNoDataAndGiveNoSignal()
    {
        var kpis = KpiCalculator.Compute(new KpiInputs([], [], 0), new KpiThresholds());

        Assert.DoesNotContain(kpis, k => k.Crossed);
        Assert.Equal("geen gegevens", kpis.Single(k => k.Id == "edit-ratio").Display);
    }

    /// <summary>Inputs where only <paramref name="id"/> is over its threshold, with the figure its signal must show.</summary>
    private static (KpiInputs Inputs, KpiThresholds Thresholds, string Expected) Crossing(string id)
    {
        var quiet = new KpiThresholds(MaxHoursToValidatedReport: 1000, MaxEditRatio: 1, MaxUnsupportedShare: 1, MaxDiscardedShare: 1, MaxConsentRate: 1, MaxRefusalRate: 1, MaxParitySignals: 10, MaxIncidents: 10);
        var ai = Conversation(ai: true, hoursToValidation: 150);
        var alternative = Conversation(ai: false, hoursToValidation: 30);
        var refused = Conversation(ai: false, hoursToValidation: null, recording: false);
        KpiInputs Inputs(params AiLogEntry[] drafts) => new([ai, alternative, refused], drafts, 2);
        var validated = Draft(AiLogOutcomes.Validated, editRatio: 0.6, sentences: 10, unsupported: 3);
        var discarded = Draft(AiLogOutcomes.Discarded, sentences: 10, unsupported: 0);
        var flagged = Draft(AiLogOutcomes.Pending, sentences: 0, unsupported: 0) with { FlagCategory = "verzonnen" };
        return id switch
        {
            "time-to-report-ai" => (Inputs(), quiet with { MaxHoursToValidatedReport = 100 }, "150 uur; de grens is 100 uur (1 gesprekken"),
            "time-to-report-alternative" => (new KpiInputs([alternative], [], 0), quiet with { MaxHoursToValidatedReport = 24 }, "30 uur; de grens is 24 uur"),
            "edit-ratio" => (Inputs(validated), quiet with { MaxEditRatio = 0.5 }, "60%; de grens is 50% (1 gevalideerde ontwerpen)"),
            "unsupported-share" => (Inputs(validated, discarded), quiet with { MaxUnsupportedShare = 0.1 }, "15%; de grens is 10% (20 zinnen)"),
            "discarded-share" => (Inputs(validated, discarded), quiet with { MaxDiscardedShare = 0.3 }, "50%; de grens is 30% (2 besliste ontwerpen)"),
            "consent-rate" => (Inputs(), quiet with { MaxConsentRate = 0.3 }, "33,3%; de grens is 30% (3 gesprekken)"),
            "refusal-rate" => (Inputs(), quiet with { MaxRefusalRate = 0.2 }, "33,3%; de grens is 20%"),
            "parity-signals" => (Inputs(), quiet with { MaxParitySignals = 1 }, "is 2; de grens is 1"),
            "incidents" => (Inputs(flagged), quiet with { MaxIncidents = 0 }, "1× iets dat niet gezegd werd"),
            _ => throw new ArgumentOutOfRangeException(nameof(id)),
        };
    }

    private static KpiThresholds AtExactly(string id, KpiThresholds t, double value) => id switch
    {
        "time-to-report-ai" or "time-to-report-alternative" => t with { MaxHoursToValidatedReport = value },
        "edit-ratio" => t with { MaxEditRatio = value },
        "unsupported-share" => t with { MaxUnsupportedShare = value },
        "discarded-share" => t with { MaxDiscardedShare = value },
        "consent-rate" => t with { MaxConsentRate = value },
        "refusal-rate" => t with { MaxRefusalRate = value },
        "parity-signals" => t with { MaxParitySignals = (int)value },
        "incidents" => t with { MaxIncidents = (int)value },
        _ => throw new ArgumentOutOfRangeException(nameof(id)),
    };

    private static Conversation Conversation(bool ai, double? hoursToValidation, bool recording = true) => new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Team, Ended.AddHours(-1), Guid.NewGuid(),
        new ConsentChoice(recording, recording, ai, Ended.AddHours(-1), Guid.NewGuid()),
        Ended, Ended.AddDays(7), hoursToValidation is { } h ? Ended.AddHours(h) : null);

    private static AiLogEntry Draft(string outcome, double? editRatio = null, int sentences = 10, int unsupported = 0) => new(
        Guid.NewGuid(), Guid.NewGuid(), Team, Ended, "an", "extractive", null, null, "intakeverslag", "1", sentences, unsupported, outcome,
        outcome == AiLogOutcomes.Pending ? null : "an", outcome == AiLogOutcomes.Pending ? null : Ended.AddHours(2), editRatio);
}
