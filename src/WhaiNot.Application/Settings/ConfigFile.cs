namespace WhaiNot.Application.Settings;

/// <summary>The box's own configuration file, named by an environment variable; the folder it lies in also holds the editable letter texts.</summary>
public static class ConfigFile
{
    public const string Variable = "WHAINOT_CONFIG";

    /// <summary>The folder of the configuration file when one is named, else null (the embedded defaults apply).</summary>
    public static string? Folder => Environment.GetEnvironmentVariable(Variable) is { } file ? Path.GetDirectoryName(file) : null;
}
