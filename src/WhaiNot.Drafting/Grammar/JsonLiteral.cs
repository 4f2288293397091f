using System.Globalization;
using System.Text;
using System.Text.Json;

namespace WhaiNot.Drafting.Grammar;

/// <summary>
/// Writes JSON values as the one compact text the grammar allows for an enum or const value.
/// JSON has many spellings of one value (escapes, spacing); the grammar only needs one valid one.
/// </summary>
internal static class JsonLiteral
{
    /// <summary>The compact JSON text of <paramref name="value"/>.</summary>
    public static string Encode(JsonElement value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    /// <summary>
    /// A JSON string literal: quotes, backslashes and control characters escaped, everything else
    /// raw, which is the form the string rules of the grammar accept too.
    /// </summary>
    public static string EncodeString(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        WriteString(builder, text);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                WriteString(builder, value.GetString()!);
                break;
            case JsonValueKind.Number:
                builder.Append(value.GetRawText());
                break;
            case JsonValueKind.True:
                builder.Append("true");
                break;
            case JsonValueKind.False:
                builder.Append("false");
                break;
            case JsonValueKind.Null:
                builder.Append("null");
                break;
            case JsonValueKind.Array:
                builder.Append('[');
                var firstItem = true;
                foreach (var item in value.EnumerateArray())
                {
                    if (!firstItem)
                    {
                        builder.Append(',');
                    }

                    Write(builder, item);
                    firstItem = false;
                }

                builder.Append(']');
                break;
            case JsonValueKind.Object:
                builder.Append('{');
                var firstMember = true;
                foreach (var member in value.EnumerateObject())
                {
                    if (!firstMember)
                    {
                        builder.Append(',');
                    }

                    WriteString(builder, member.Name);
                    builder.Append(':');
                    Write(builder, member.Value);
                    firstMember = false;
                }

                builder.Append('}');
                break;
            default:
                throw new ArgumentException($"Cannot write a JSON value of kind {value.ValueKind}.", nameof(value));
        }
    }

    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case < ' ':
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        builder.Append('"');
    }
}
