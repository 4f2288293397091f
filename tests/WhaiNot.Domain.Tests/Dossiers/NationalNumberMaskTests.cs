using WhaiNot.Domain.Dossiers;

namespace WhaiNot.Domain.Tests.Dossiers;

public sealed class NationalNumberMaskTests
{
    [Fact]
    public void Masked_ShouldShowOnlyTheBirthDatePart()
    {
        var masked = NationalNumberMask.Masked("85073003328");

        Assert.Equal("85.07.30-•••.••", masked);
        Assert.DoesNotContain("033", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void Masked_WithAnUnexpectedValue_ShouldHideAllOfIt()
    {
        Assert.Equal("••••••", NationalNumberMask.Masked("12a456"));
    }

    [Fact]
    public void Formatted_ShouldUseTheUsualReadingForm()
    {
        Assert.Equal("85.07.30-033.28", NationalNumberMask.Formatted("85073003328"));
    }
}
