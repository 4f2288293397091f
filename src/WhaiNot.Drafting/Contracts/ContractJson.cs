using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Transcripts;

namespace WhaiNot.Drafting.Contracts;

/// <summary>Writes contract documents: camelCase, enums as lower-case words, indented, Dutch letters unescaped.</summary>
public static class ContractJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Write(Draft draft) => JsonSerializer.Serialize(draft, Options);

    public static string Write(Transcript transcript) => JsonSerializer.Serialize(transcript, Options);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);
}
