using System.Text;
using WhaiNot.Documents.Pdf;
using WhaiNot.Native.HarfBuzz;

namespace WhaiNot.Documents.Tests;

public sealed class PdfFontsTests
{
    [Fact]
    public void Load_WhenNoCandidateIsInstalled_ShouldThrowWithTheDebianPackageName()
    {
        // Arrange
        var missing = new FontCandidate("Nergens", "/nonexistent/Regular.ttf", "/nonexistent/Bold.ttf");

        // Act
        var thrown = Record.Exception(() => PdfFonts.Load([missing]));

        // Assert
        var error = Assert.IsType<InvalidOperationException>(thrown);
        Assert.Contains("fonts-dejavu-core", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenTheFirstCandidateIsMissing_ShouldTakeTheNextInstalledOne()
    {
        // Arrange
        var missing = new FontCandidate("Nergens", "/nonexistent/Regular.ttf", "/nonexistent/Bold.ttf");
        var installed = PdfFonts.InstalledCandidates().First(c => c.Exists);

        // Act
        var fonts = PdfFonts.Load([missing, installed]);

        // Assert
        Assert.Equal(installed.Family, fonts.Family);
    }

    [Fact]
    public void TrySubset_WithARealFont_ShouldKeepOnlyTheGivenCharacters()
    {
        // Arrange
        var installed = PdfFonts.InstalledCandidates().First(c => c.Exists);
        var font = File.ReadAllBytes(installed.RegularPath);

        // Act
        var subset = FontSubsetter.TrySubset(font, "Pagina 1".EnumerateRunes().Select(r => r.Value));

        // Assert
        Assert.NotNull(subset);
        Assert.True(subset.Length < font.Length / 10, $"Subset is {subset.Length} of {font.Length} bytes.");
    }

    [Fact]
    public void TrySubset_WithBytesThatAreNoFont_ShouldNotThrow()
    {
        // Arrange
        var notAFont = Encoding.ASCII.GetBytes("dit is geen lettertype");

        // Act
        var thrown = Record.Exception(() => FontSubsetter.TrySubset(notAFont, [65]));

        // Assert
        Assert.Null(thrown);
    }
}
