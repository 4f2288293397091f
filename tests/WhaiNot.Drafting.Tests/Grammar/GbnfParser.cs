using System.Globalization;

namespace WhaiNot.Drafting.Tests.Grammar;

/// <summary>
/// Test-only reader of GBNF that follows llama.cpp's <c>llama_grammar_parser</c> (src/llama-grammar.cpp)
/// rule for rule: the same name characters, escapes, where newlines may go, how groups and
/// repetitions become generated rules, and the same limits. Where llama.cpp silently changes the
/// meaning (an upper repetition bound above 2000 becomes unbounded) this reader fails instead, so
/// the converter can never rely on it. It also rejects left recursion and a missing root, as
/// llama.cpp does when the sampler is created.
/// </summary>
internal sealed class GbnfParser
{
    private const int MaxRepetitionThreshold = 2000;

    private readonly string _src;
    private readonly Dictionary<string, int> _symbolIds = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];
    private readonly List<List<GbnfSymbol[]>?> _rules = [];
    private readonly List<string> _declared = [];
    private int _pos;

    private GbnfParser(string src)
    {
        _src = src;
    }

    private char Current => _pos < _src.Length ? _src[_pos] : '\0';

    private bool AtEnd => _pos >= _src.Length;

    public static TestGrammar Parse(string text)
    {
        var parser = new GbnfParser(text);
        return parser.ParseAll();
    }

    private static bool IsWordChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-';

    private TestGrammar ParseAll()
    {
        ParseSpace(newlineOk: true);
        while (!AtEnd)
        {
            ParseRule();
        }

        for (var id = 0; id < _rules.Count || id < _names.Count; id++)
        {
            if (id >= _rules.Count || _rules[id] is null)
            {
                throw new FormatException($"Undefined rule identifier '{_names[id]}'.");
            }
        }

        if (!_symbolIds.ContainsKey("root"))
        {
            throw new FormatException("Grammar does not contain a 'root' rule.");
        }

        var grammar = new TestGrammar(_names, [.. _rules.Select(r => (IReadOnlyList<GbnfSymbol[]>)r!)], _declared);
        CheckLeftRecursion(grammar);
        return grammar;
    }

    private void ParseSpace(bool newlineOk)
    {
        while (!AtEnd)
        {
            var c = Current;
            if (c is ' ' or '\t' || (newlineOk && c is '\r' or '\n'))
            {
                _pos++;
            }
            else if (c == '#')
            {
                while (!AtEnd && Current is not '\r' and not '\n')
                {
                    _pos++;
                }
            }
            else
            {
                break;
            }
        }
    }

    private string ParseName()
    {
        var start = _pos;
        while (!AtEnd && IsWordChar(Current))
        {
            _pos++;
        }

        if (_pos == start)
        {
            throw new FormatException($"Expecting name at offset {start}: '{Excerpt(start)}'.");
        }

        return _src[start.._pos];
    }

    private int GetSymbolId(string name)
    {
        if (!_symbolIds.TryGetValue(name, out var id))
        {
            id = _names.Count;
            _symbolIds.Add(name, id);
            _names.Add(name);
        }

        return id;
    }

    private int GenerateSymbolId(string baseName)
    {
        var id = _names.Count;
        var name = baseName + "_" + id.ToString(CultureInfo.InvariantCulture);
        _symbolIds[name] = id;
        _names.Add(name);
        return id;
    }

    private void SetRule(int id, List<GbnfSymbol[]> alternatives)
    {
        while (_rules.Count <= id)
        {
            _rules.Add(null);
        }

        _rules[id] = alternatives;
    }

    private void ParseRule()
    {
        var name = ParseName();
        ParseSpace(newlineOk: false);
        var id = GetSymbolId(name);
        if (_rules.Count > id && _rules[id] is not null)
        {
            // llama.cpp lets a later definition overwrite an earlier one; for generated grammars that is always a bug.
            throw new FormatException($"Rule '{name}' is defined twice.");
        }

        _declared.Add(name);
        if (!_src.AsSpan(_pos).StartsWith("::=", StringComparison.Ordinal))
        {
            throw new FormatException($"Expecting ::= at offset {_pos}: '{Excerpt(_pos)}'.");
        }

        _pos += 3;
        ParseSpace(newlineOk: true);
        ParseAlternates(name, id, nested: false);
        if (Current == '\r')
        {
            _pos += _pos + 1 < _src.Length && _src[_pos + 1] == '\n' ? 2 : 1;
        }
        else if (Current == '\n')
        {
            _pos++;
        }
        else if (!AtEnd)
        {
            throw new FormatException($"Expecting newline or end at offset {_pos}: '{Excerpt(_pos)}'.");
        }

        ParseSpace(newlineOk: true);
    }

    private void ParseAlternates(string ruleName, int ruleId, bool nested)
    {
        var alternatives = new List<GbnfSymbol[]> { ParseSequence(ruleName, nested) };
        while (Current == '|')
        {
            _pos++;
            ParseSpace(newlineOk: true);
            alternatives.Add(ParseSequence(ruleName, nested));
        }

        SetRule(ruleId, alternatives);
    }

    private GbnfSymbol[] ParseSequence(string ruleName, bool nested)
    {
        var sequence = new List<GbnfSymbol>();
        var lastSymStart = sequence.Count;
        long previousRules = 1;
        while (!AtEnd)
        {
            var c = Current;
            if (c == '"')
            {
                _pos++;
                lastSymStart = sequence.Count;
                previousRules = 1;
                while (Current != '"')
                {
                    if (AtEnd)
                    {
                        throw new FormatException("Unexpected end of input in a literal.");
                    }

                    sequence.Add(GbnfSymbol.Terminal(GbnfCharSet.Single(ParseChar())));
                }

                _pos++;
                ParseSpace(nested);
            }
            else if (c == '[')
            {
                _pos++;
                var negated = false;
                if (Current == '^')
                {
                    _pos++;
                    negated = true;
                }

                lastSymStart = sequence.Count;
                previousRules = 1;
                var ranges = new List<(int, int)>();
                while (Current != ']')
                {
                    if (AtEnd)
                    {
                        throw new FormatException("Unexpected end of input in a character class.");
                    }

                    var low = ParseChar();
                    var high = low;
                    if (Current == '-' && _pos + 1 < _src.Length && _src[_pos + 1] != ']')
                    {
                        _pos++;
                        high = ParseChar();
                    }

                    ranges.Add((low, high));
                }

                _pos++;
                ParseSpace(nested);
                sequence.Add(GbnfSymbol.Terminal(new GbnfCharSet(negated, false, ranges)));
            }
            else if (IsWordChar(c))
            {
                var id = GetSymbolId(ParseName());
                ParseSpace(nested);
                lastSymStart = sequence.Count;
                previousRules = 1;
                sequence.Add(GbnfSymbol.Ref(id));
            }
            else if (c == '(')
            {
                _pos++;
                ParseSpace(newlineOk: true);
                var before = _symbolIds.Count;
                var sub = GenerateSymbolId(ruleName);
                ParseAlternates(ruleName, sub, nested: true);
                previousRules = Math.Max(1, _symbolIds.Count - before);
                lastSymStart = sequence.Count;
                sequence.Add(GbnfSymbol.Ref(sub));
                if (Current != ')')
                {
                    throw new FormatException($"Expecting ')' at offset {_pos}: '{Excerpt(_pos)}'.");
                }

                _pos++;
                ParseSpace(nested);
            }
            else if (c == '.')
            {
                lastSymStart = sequence.Count;
                previousRules = 1;
                sequence.Add(GbnfSymbol.Terminal(new GbnfCharSet(false, true, [])));
                _pos++;
                ParseSpace(nested);
            }
            else if (c is '*' or '+' or '?')
            {
                _pos++;
                ParseSpace(nested);
                var (min, max) = c switch { '*' => (0, (int?)null), '+' => (1, null), _ => (0, 1) };
                previousRules = HandleRepetitions(sequence, lastSymStart, previousRules, ruleName, min, max);
            }
            else if (c == '{')
            {
                _pos++;
                ParseSpace(nested);
                var min = ParseInt();
                ParseSpace(nested);
                int? max;
                if (Current == '}')
                {
                    max = min;
                    _pos++;
                    ParseSpace(nested);
                }
                else if (Current == ',')
                {
                    _pos++;
                    ParseSpace(nested);
                    max = char.IsAsciiDigit(Current) ? ParseInt() : null;
                    ParseSpace(nested);
                    if (Current != '}')
                    {
                        throw new FormatException($"Expecting '}}' at offset {_pos}.");
                    }

                    _pos++;
                    ParseSpace(nested);
                }
                else
                {
                    throw new FormatException($"Expecting ',' at offset {_pos}.");
                }

                if (min > MaxRepetitionThreshold)
                {
                    throw new FormatException("Number of repetitions exceeds sane defaults.");
                }

                if (max > MaxRepetitionThreshold)
                {
                    throw new FormatException($"Upper bound {max} above {MaxRepetitionThreshold}: llama.cpp would silently make it unbounded.");
                }

                previousRules = HandleRepetitions(sequence, lastSymStart, previousRules, ruleName, min, max);
            }
            else
            {
                break;
            }
        }

        return [.. sequence];
    }

    private long HandleRepetitions(List<GbnfSymbol> sequence, int lastSymStart, long previousRules, string ruleName, int min, int? max)
    {
        if (lastSymStart == sequence.Count)
        {
            throw new FormatException($"Expecting preceding item to */+/?/{{ at offset {_pos}.");
        }

        var previous = sequence.GetRange(lastSymStart, sequence.Count - lastSymStart);
        long totalRules = max is > 0 ? max.Value : min > 0 ? min : 1;
        if (previousRules * totalRules > MaxRepetitionThreshold)
        {
            throw new FormatException("Number of rules that are going to be repeated multiplied by the new repetition exceeds sane defaults.");
        }

        if (min == 0)
        {
            sequence.RemoveRange(lastSymStart, sequence.Count - lastSymStart);
        }
        else
        {
            for (var i = 1; i < min; i++)
            {
                sequence.AddRange(previous);
            }
        }

        var optional = max is null ? 1 : max.Value - min;
        var lastRecursive = 0;
        for (var i = 0; i < optional; i++)
        {
            var id = GenerateSymbolId(ruleName);
            var first = new List<GbnfSymbol>(previous);
            if (i > 0 || max is null)
            {
                first.Add(GbnfSymbol.Ref(max is null ? id : lastRecursive));
            }

            SetRule(id, [[.. first], []]);
            lastRecursive = id;
        }

        if (optional > 0)
        {
            sequence.Add(GbnfSymbol.Ref(lastRecursive));
        }

        return previousRules * totalRules;
    }

    private int ParseInt()
    {
        var start = _pos;
        while (char.IsAsciiDigit(Current))
        {
            _pos++;
        }

        if (_pos == start)
        {
            throw new FormatException($"Expecting integer at offset {start}.");
        }

        return int.Parse(_src.AsSpan(start, _pos - start), CultureInfo.InvariantCulture);
    }

    private int ParseChar()
    {
        if (Current == '\\')
        {
            var kind = _pos + 1 < _src.Length ? _src[_pos + 1] : '\0';
            _pos += 2;
            switch (kind)
            {
                case 'x':
                    return ParseHex(2);
                case 'u':
                    return ParseHex(4);
                case 'U':
                    return ParseHex(8);
                case 't':
                    return '\t';
                case 'r':
                    return '\r';
                case 'n':
                    return '\n';
                case '\\' or '"' or '[' or ']' or '-':
                    return kind;
                default:
                    throw new FormatException($"Unknown escape '\\{kind}' at offset {_pos - 2}.");
            }
        }

        if (AtEnd)
        {
            throw new FormatException("Unexpected end of input.");
        }

        if (char.IsHighSurrogate(Current) && _pos + 1 < _src.Length && char.IsLowSurrogate(_src[_pos + 1]))
        {
            var codePoint = char.ConvertToUtf32(Current, _src[_pos + 1]);
            _pos += 2;
            return codePoint;
        }

        return _src[_pos++];
    }

    private int ParseHex(int size)
    {
        if (_pos + size > _src.Length || !int.TryParse(_src.AsSpan(_pos, size), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"Expecting {size} hex chars at offset {_pos}.");
        }

        _pos += size;
        return value;
    }

    private string Excerpt(int at) => _src.Substring(at, Math.Min(40, _src.Length - at));

    private static void CheckLeftRecursion(TestGrammar grammar)
    {
        var nullable = grammar.Nullable;
        var state = new int[grammar.Rules.Count];
        for (var r = 0; r < grammar.Rules.Count; r++)
        {
            Visit(r);
        }

        void Visit(int rule)
        {
            if (state[rule] == 2)
            {
                return;
            }

            if (state[rule] == 1)
            {
                throw new FormatException($"Left recursion detected for rule '{grammar.Names[rule]}'.");
            }

            state[rule] = 1;
            foreach (var alternative in grammar.Rules[rule])
            {
                foreach (var symbol in alternative)
                {
                    if (symbol.IsTerminal)
                    {
                        break;
                    }

                    Visit(symbol.Rule);
                    if (!nullable[symbol.Rule])
                    {
                        break;
                    }
                }
            }

            state[rule] = 2;
        }
    }
}
