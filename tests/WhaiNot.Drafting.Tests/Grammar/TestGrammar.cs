namespace WhaiNot.Drafting.Tests.Grammar;

/// <summary>
/// A GBNF grammar flattened the way llama.cpp flattens it: groups and repetitions become generated
/// rules, every rule is a list of alternatives, each a list of symbols.
/// </summary>
internal sealed class TestGrammar
{
    private bool[]? _nullable;

    public TestGrammar(IReadOnlyList<string> names, IReadOnlyList<IReadOnlyList<GbnfSymbol[]>> rules, IReadOnlyList<string> declaredNames)
    {
        Names = names;
        Rules = rules;
        DeclaredNames = declaredNames;
        Root = names.ToList().IndexOf("root");
    }

    /// <summary>Rule names by id, generated ones included (they contain an underscore, as in llama.cpp).</summary>
    public IReadOnlyList<string> Names { get; }

    public IReadOnlyList<IReadOnlyList<GbnfSymbol[]>> Rules { get; }

    /// <summary>The names written as <c>name ::=</c> in the grammar text, in order.</summary>
    public IReadOnlyList<string> DeclaredNames { get; }

    public int Root { get; }

    /// <summary>Total symbols over all alternatives: a size measure close to llama.cpp's own.</summary>
    public int SymbolCount => Rules.Sum(r => r.Sum(a => a.Length + 1));

    public bool[] Nullable => _nullable ??= ComputeNullable();

    private bool[] ComputeNullable()
    {
        var nullable = new bool[Rules.Count];
        bool changed;
        do
        {
            changed = false;
            for (var r = 0; r < Rules.Count; r++)
            {
                if (!nullable[r] && Rules[r].Any(alt => alt.All(s => !s.IsTerminal && nullable[s.Rule])))
                {
                    nullable[r] = true;
                    changed = true;
                }
            }
        }
        while (changed);

        return nullable;
    }
}
