using WhaiNot.Application.Settings;
using WhaiNot.Storage;

namespace WhaiNot.Application.Engines;

/// <summary>Where the engines are found: the runtime folder may be set apart (shared by several boxes' tests, or a read-only image); models live in the data folder.</summary>
internal static class EngineFolders
{
    public static string Runtime(ApplianceOptions options, DataFolder folder) =>
        string.IsNullOrWhiteSpace(options.RuntimeFolder) ? folder.RuntimeFolder : options.RuntimeFolder;
}
