using System.Text.RegularExpressions;

namespace WhaiNot.Documents.Tests;

internal static partial class TextAssert
{
    /// <summary>Each expected text occurs in <paramref name="actual"/>, after the one before it; white space is compared loosely.</summary>
    public static void ContainsInOrder(IEnumerable<string> expected, string actual)
    {
        var text = Normalize(actual);
        var from = 0;
        foreach (var item in expected)
        {
            var wanted = Normalize(item);
            var at = text.IndexOf(wanted, from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"Not found after position {from}: '{wanted}'\nin: {text}");
            from = at + wanted.Length;
        }
    }

    public static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
