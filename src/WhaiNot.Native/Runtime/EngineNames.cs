namespace WhaiNot.Native.Runtime;

/// <summary>The engine names used as folder names in the runtime and as import names.</summary>
public static class EngineNames
{
    public const string Whisper = "whisper";
    public const string Llama = "llama";
}
