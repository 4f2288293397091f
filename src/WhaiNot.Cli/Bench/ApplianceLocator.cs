using System.Reflection;

namespace WhaiNot.Cli.Bench;

/// <summary>
/// Finds the appliance to start for a bench: --appliance when given; else next to the CLI (the
/// installed layout, /opt/whainot); else the build output of the checkout the CLI was built in
/// (src/WhaiNot.Appliance/bin/&lt;configuration&gt;/net10.0), the CLI's own configuration first.
/// </summary>
internal static class ApplianceLocator
{
    public const string AssemblyFile = "whainot-appliance.dll";

    private const string TargetFramework = "net10.0";

    public static string Find(string? given) => Find(given, AppContext.BaseDirectory);

    internal static string Find(string? given, string baseDirectory)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            var path = Directory.Exists(given) ? Path.Combine(given, AssemblyFile) : given;
            return File.Exists(path)
                ? Path.GetFullPath(path)
                : throw new CliException(ExitCodes.BadInput, $"Geen appliance op '{given}'. Geef met --appliance het pad naar {AssemblyFile} (of de map waarin het staat).");
        }

        var candidates = Candidates(baseDirectory).ToList();
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new CliException(
                ExitCodes.Failure,
                $"De appliance ({AssemblyFile}) werd niet gevonden. Gezocht: {string.Join(", ", candidates)}. " +
                "Bouw ze in de checkout (dotnet build src/WhaiNot.Appliance -c Release) of geef het pad met --appliance.");
    }

    internal static IEnumerable<string> Candidates(string baseDirectory)
    {
        yield return Path.Combine(baseDirectory, AssemblyFile);
        for (var folder = new DirectoryInfo(baseDirectory); folder is not null; folder = folder.Parent)
        {
            var project = Path.Combine(folder.FullName, "src", "WhaiNot.Appliance");
            if (Directory.Exists(project))
            {
                foreach (var configuration in Configurations())
                {
                    yield return Path.Combine(project, "bin", configuration, TargetFramework, AssemblyFile);
                }

                yield break;
            }
        }
    }

    /// <summary>The configuration this CLI was built with first: a Release CLI benches a Release appliance.</summary>
    private static IEnumerable<string> Configurations()
    {
        var own = typeof(ApplianceLocator).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration;
        return new[] { own, "Release", "Debug" }.OfType<string>().Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);
    }
}
