using WhaiNot.Domain.Reports;

namespace WhaiNot.Domain.Tests;

public sealed class AiStatementTests
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    [Fact]
    public void LlmReport_ShouldNameModelHashTemplateValidatorAndLocalTime()
    {
        var version = Version(new ReportEngine("llm", "drafting-8b-instruct-q4km", "ab12cd")) with
        {
            Status = ReportStatus.Validated,
            ValidatedAt = new DateTimeOffset(2026, 11, 23, 13, 5, 0, TimeSpan.Zero),
            ValidatedBy = "an.peeters",
        };

        var text = string.Join(' ', AiStatement.For(version, "An Peeters", Brussels));

        Assert.Contains("drafting-8b-instruct-q4km", text, StringComparison.Ordinal);
        Assert.Contains("SHA-256 ab12cd", text, StringComparison.Ordinal);
        Assert.Contains("sjabloon 'intakeverslag', versie 1", text, StringComparison.Ordinal);
        Assert.Contains("gevalideerd door An Peeters op 23 november 2026 om 14:05", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AlternativePath_ShouldSayWithoutAi()
    {
        var text = string.Join(' ', AiStatement.For(Version(ReportEngine.Manual), null, Brussels));

        Assert.Contains("zonder AI", text, StringComparison.Ordinal);
        Assert.DoesNotContain("werd AI gebruikt", text, StringComparison.Ordinal);
        Assert.Contains("ontwerp", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Dictation_ShouldSayTheWorkerSpokeAloneAfterTheContact_AndAConversationShouldNot()
    {
        var version = Version(new ReportEngine("extractive", null, null));

        var dictation = string.Join(' ', AiStatement.For(version, null, Brussels, dictation: true));
        var conversation = string.Join(' ', AiStatement.For(version, null, Brussels));

        Assert.Contains("dictaat", dictation, StringComparison.Ordinal);
        Assert.Contains("de cliënt was er niet bij", dictation, StringComparison.Ordinal);
        Assert.DoesNotContain("dictaat", conversation, StringComparison.Ordinal);
    }

    private static ReportVersion Version(ReportEngine engine) =>
        new(Guid.NewGuid(), 1, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), ReportStatus.Draft, "intakeverslag", "1", engine, DateTimeOffset.UnixEpoch, "an.peeters", 10, 0);
}
