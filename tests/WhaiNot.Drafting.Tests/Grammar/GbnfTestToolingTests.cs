namespace WhaiNot.Drafting.Tests.Grammar;

/// <summary>
/// Checks the test-only GBNF parser, recogniser and walker on hand-written grammars, so that the
/// converter tests rest on tooling that is itself known to work.
/// </summary>
public sealed class GbnfTestToolingTests
{
    private const string Sample = """
        # a comment
        root ::= "a" [0-9]{2,3} tail
        tail ::= ("x" | "y")* [^a-c]? |
          "end"
        """;

    [Theory]
    [InlineData("a12", true)]
    [InlineData("a123xyxz", true)]
    [InlineData("a12end", true)]
    [InlineData("a12d", true)]
    [InlineData("a1", false)]
    [InlineData("a1234", true)]
    [InlineData("a12345", false)]
    [InlineData("a12b", false)]
    [InlineData("a12endx", false)]
    public void Accepts_WhenGivenSampleInput_ShouldMatchHandDerivedAnswer(string input, bool expected)
    {
        // Arrange
        var grammar = GbnfParser.Parse(Sample);

        // Act
        var accepted = EarleyRecognizer.Accepts(grammar, input);

        // Assert
        Assert.Equal(expected, accepted);
    }

    [Theory]
    [InlineData("root ::= missing\n")]
    [InlineData("start ::= \"a\"\n")]
    [InlineData("root ::= root \"a\" | \"b\"\n")]
    [InlineData("root ::= \"a\"{0,2001}\n")]
    [InlineData("root ::= \"a\"{2001}\n")]
    [InlineData("root ::= \"\\q\"\n")]
    [InlineData("root ::= \"a\" \"b\" \n \"c\"\n")]
    [InlineData("root ::= (\"a\"\n")]
    [InlineData("root_x ::= \"a\"\n")]
    [InlineData("root ::= (\"a\" [0-9]{0,100}){0,30}\n")]
    public void Parse_WhenGrammarBreaksLlamaCppRules_ShouldThrow(string text)
    {
        // Act
        var error = Record.Exception(() => GbnfParser.Parse(text));

        // Assert
        Assert.IsType<FormatException>(error);
    }

    [Fact]
    public void Next_WhenWalkingSampleGrammar_ShouldOnlyProduceAcceptedStrings()
    {
        // Arrange
        var grammar = GbnfParser.Parse(Sample);
        var walker = new GrammarWalker(grammar, seed: 7);

        // Act
        var samples = Enumerable.Range(0, 200).Select(_ => walker.Next()).ToList();

        // Assert
        Assert.All(samples, s => Assert.True(EarleyRecognizer.Accepts(grammar, s), s));
        Assert.True(samples.Distinct(StringComparer.Ordinal).Count() > 20);
    }
}
