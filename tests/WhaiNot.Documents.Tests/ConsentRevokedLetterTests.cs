namespace WhaiNot.Documents.Tests;

/// <summary>
/// The first real use: the letter a client gets after revoking consent. Also written to the temp folder
/// (letter-sample.docx, letter-sample.pdf) so a person can look at the result.
/// </summary>
public sealed class ConsentRevokedLetterTests
{
    [Fact]
    public void RenderDocx_WithTheConfirmationLetter_ShouldContainTheWholeLetterInOrder()
    {
        // Arrange
        var letter = SampleDocuments.ConsentRevokedLetter();

        // Act
        var docx = DocxRenderer.Render(letter);
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "letter-sample.docx"), docx);

        // Assert
        TextAssert.ContainsInOrder(SampleDocuments.ConsentRevokedLetterTexts(), DocxReader.BodyText(docx));
    }

    [Fact]
    public void RenderPdf_WithTheConfirmationLetter_ShouldFitOnePageWithTheWholeLetterInOrder()
    {
        // Arrange
        var letter = SampleDocuments.ConsentRevokedLetter();

        // Act
        var pdf = PdfRenderer.Render(letter);
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "letter-sample.pdf"), pdf);

        // Assert
        var page = Assert.Single(PdfReader.PageWords(pdf));
        TextAssert.ContainsInOrder(SampleDocuments.ConsentRevokedLetterTexts(), page);
        Assert.Contains("Pagina 1 van 1", page, StringComparison.Ordinal);
    }
}
