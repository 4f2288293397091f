namespace WhaiNot.Drafting.Tests.Grammar;

/// <summary>
/// Test-only Earley recogniser: does a parsed GBNF grammar match a whole string? Earley handles
/// any context-free grammar, ambiguous ones included, so it answers for the language of the
/// grammar rather than for one parsing strategy. Empty rules are handled by advancing over
/// nullable rules at prediction time (Aycock and Horspool).
/// </summary>
internal static class EarleyRecognizer
{
    public static bool Accepts(TestGrammar grammar, string input)
    {
        var codePoints = input.EnumerateRunes().Select(r => r.Value).ToArray();
        var n = codePoints.Length;
        var sets = new List<EarleyItem>[n + 1];
        var seen = new HashSet<EarleyItem>[n + 1];
        var waiting = new Dictionary<int, List<EarleyItem>>[n + 1];
        for (var i = 0; i <= n; i++)
        {
            sets[i] = [];
            seen[i] = [];
            waiting[i] = [];
        }

        for (var a = 0; a < grammar.Rules[grammar.Root].Count; a++)
        {
            Add(0, new EarleyItem(grammar.Root, a, 0, 0));
        }

        for (var i = 0; i <= n; i++)
        {
            var set = sets[i];
            if (set.Count == 0)
            {
                return false;
            }

            for (var j = 0; j < set.Count; j++)
            {
                var item = set[j];
                var alternative = grammar.Rules[item.Rule][item.Alternative];
                if (item.Dot == alternative.Length)
                {
                    if (waiting[item.Origin].TryGetValue(item.Rule, out var parents))
                    {
                        // Index loop: when Origin == i the list may grow while we complete.
                        for (var p = 0; p < parents.Count; p++)
                        {
                            Add(i, parents[p] with { Dot = parents[p].Dot + 1 });
                        }
                    }

                    continue;
                }

                var symbol = alternative[item.Dot];
                if (symbol.IsTerminal)
                {
                    if (i < n && symbol.Chars!.Contains(codePoints[i]))
                    {
                        Add(i + 1, item with { Dot = item.Dot + 1 });
                    }

                    continue;
                }

                for (var a = 0; a < grammar.Rules[symbol.Rule].Count; a++)
                {
                    Add(i, new EarleyItem(symbol.Rule, a, 0, i));
                }

                if (grammar.Nullable[symbol.Rule])
                {
                    Add(i, item with { Dot = item.Dot + 1 });
                }
            }
        }

        return sets[n].Exists(item =>
            item.Rule == grammar.Root && item.Origin == 0 && item.Dot == grammar.Rules[item.Rule][item.Alternative].Length);

        void Add(int position, EarleyItem item)
        {
            if (!seen[position].Add(item))
            {
                return;
            }

            sets[position].Add(item);
            var alternative = grammar.Rules[item.Rule][item.Alternative];
            if (item.Dot < alternative.Length && !alternative[item.Dot].IsTerminal)
            {
                var rule = alternative[item.Dot].Rule;
                if (!waiting[position].TryGetValue(rule, out var list))
                {
                    list = [];
                    waiting[position].Add(rule, list);
                }

                list.Add(item);
            }
        }
    }
}
