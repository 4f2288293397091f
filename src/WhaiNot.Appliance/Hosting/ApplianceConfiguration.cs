using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Configuration.Memory;
using WhaiNot.Application.Settings;

namespace WhaiNot.Appliance.Hosting;

/// <summary>
/// Configuration layers, lowest first: the defaults embedded from firmware-config/, the box's own
/// whainot.json (/etc/whainot or %ProgramData%\WhaiNot), WHAINOT_* environment variables, the command line.
/// </summary>
internal static class ApplianceConfiguration
{
    public const string ConfigFileVariable = ConfigFile.Variable;

    public static void AddApplianceLayers(this ConfigurationManager configuration)
    {
        var sources = (IList<IConfigurationSource>)configuration.Sources;
        sources.Insert(0, new MemoryConfigurationSource { InitialData = EmbeddedDefaults() });

        var boxFile = Environment.GetEnvironmentVariable(ConfigFileVariable) ?? PlatformConfigFile();
        var boxSource = new JsonConfigurationSource { Path = boxFile, Optional = true };
        boxSource.ResolveFileProvider();
        sources.Insert(1, boxSource);

        // The command line comes last in the default builder; environment variables go just before it.
        var commandLineIndex = sources.Count - 1;
        sources.Insert(commandLineIndex, new Microsoft.Extensions.Configuration.EnvironmentVariables.EnvironmentVariablesConfigurationSource { Prefix = "WHAINOT_" });
    }

    /// <summary>
    /// The manager reloads every source each time one is inserted, and a resource stream reads only
    /// once, so the defaults are read into memory first.
    /// </summary>
    private static IEnumerable<KeyValuePair<string, string?>> EmbeddedDefaults()
    {
        using var stream = typeof(ApplianceConfiguration).Assembly.GetManifestResourceStream("whainot.defaults.json")
            ?? throw new StartupException("De ingebouwde standaardinstellingen ontbreken in dit programma.");
        return new ConfigurationBuilder().AddJsonStream(stream).Build().AsEnumerable().ToList();
    }

    private static string PlatformConfigFile() => OperatingSystem.IsWindows()
        ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData), "WhaiNot", "whainot.json")
        : "/etc/whainot/whainot.json";
}
