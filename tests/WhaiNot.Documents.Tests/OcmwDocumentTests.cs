namespace WhaiNot.Documents.Tests;

public sealed class OcmwDocumentTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Title_WhenNullOrEmpty_ShouldThrowArgumentException(string? title)
    {
        // Arrange
        var create = () => new OcmwDocument { Title = title! };

        // Act
        var thrown = Record.Exception(create);

        // Assert
        Assert.IsAssignableFrom<ArgumentException>(thrown);
    }

    [Fact]
    public void With_WhenTitleMadeEmpty_ShouldThrowArgumentException()
    {
        // Arrange
        var document = new OcmwDocument { Title = "Bevestiging" };

        // Act
        var thrown = Record.Exception(() => document with { Title = "" });

        // Assert
        Assert.IsAssignableFrom<ArgumentException>(thrown);
    }

    [Fact]
    public void Blocks_WhenSourceListChangesLater_ShouldKeepTheirOwnCopy()
    {
        // Arrange
        var blocks = new List<DocumentBlock> { new Paragraph("Eén") };
        var document = new OcmwDocument { Title = "Bevestiging", Blocks = blocks };

        // Act
        blocks.Add(new Paragraph("Twee"));

        // Assert
        Assert.Single(document.Blocks);
    }

    [Fact]
    public void Blocks_WhenAnItemIsNull_ShouldThrowArgumentException()
    {
        // Arrange
        var blocks = new List<DocumentBlock> { new Paragraph("Eén"), null! };

        // Act
        var thrown = Record.Exception(() => new OcmwDocument { Title = "Bevestiging", Blocks = blocks });

        // Assert
        Assert.IsAssignableFrom<ArgumentException>(thrown);
    }

    [Fact]
    public void Paragraph_WhenTextIsNull_ShouldThrowArgumentNullException()
    {
        // Act
        var thrown = Record.Exception(() => new Paragraph(null!));

        // Assert
        Assert.IsType<ArgumentNullException>(thrown);
    }

    [Fact]
    public void Defaults_WhenOnlyTitleGiven_ShouldBeEmptyAndNotDraft()
    {
        // Act
        var document = new OcmwDocument { Title = "Bevestiging" };

        // Assert
        Assert.Empty(document.Blocks);
        Assert.Empty(document.Metadata);
        Assert.Null(document.Subtitle);
        Assert.Null(document.Footer);
        Assert.False(document.Draft);
    }

    [Fact]
    public void Render_WhenDocumentIsNull_ShouldThrowArgumentNullException()
    {
        // Act
        var docx = Record.Exception(() => DocxRenderer.Render(null!));
        var pdf = Record.Exception(() => PdfRenderer.Render(null!));

        // Assert
        Assert.IsType<ArgumentNullException>(docx);
        Assert.IsType<ArgumentNullException>(pdf);
    }
}
