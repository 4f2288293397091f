namespace WhaiNot.Native.Models;

/// <summary>One model the box may load, as listed in firmware-config/models.json.</summary>
/// <param name="Engine">"whisper" or "llama".</param>
/// <param name="Sha256">Lower-case hex; the file is refused when it differs. Empty means not pinned yet: refused too.</param>
/// <param name="TestModel">True for the self-made random models: they load and run but produce noise.</param>
public sealed record ModelEntry(
    string Name,
    string File,
    string Sha256,
    string Engine,
    ModelParameters Parameters,
    bool TestModel = false,
    string? Description = null);
