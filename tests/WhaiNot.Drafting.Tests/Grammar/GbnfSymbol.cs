namespace WhaiNot.Drafting.Tests.Grammar;

/// <summary>One element of a flattened test grammar alternative: a rule reference or a terminal.</summary>
internal readonly record struct GbnfSymbol(int Rule, GbnfCharSet? Chars)
{
    public bool IsTerminal => Chars is not null;

    public static GbnfSymbol Ref(int rule) => new(rule, null);

    public static GbnfSymbol Terminal(GbnfCharSet chars) => new(-1, chars);
}
