namespace WhaiNot.Appliance.Tests;

/// <summary>
/// The README runs <c>dotnet run --project src/WhaiNot.Appliance -- --data ./data</c> from the
/// repository root; the Web SDK would start the program in the project folder, putting the data
/// folder (master key included) inside src/. The project says to start where the caller stands.
/// </summary>
public sealed class RelativeDataFolderTests : IDisposable
{
    private readonly string _caller = Directory.CreateTempSubdirectory("whainot-caller-").FullName;

    public void Dispose() => Directory.Delete(_caller, recursive: true);

    [Fact]
    public async Task DotnetRun_ShouldStartTheApplianceInTheCallersFolder()
    {
        var project = Path.Combine(ExternalProcess.RepositoryRoot, "src", "WhaiNot.Appliance", "WhaiNot.Appliance.csproj");

        var (exitCode, output) = await ExternalProcess.RunAsync(
            "dotnet", ["msbuild", project, "-getProperty:RunWorkingDirectory", "-nologo"], _caller, null, TimeSpan.FromMinutes(3));

        Assert.True(exitCode == 0, output);
        Assert.Equal(Path.TrimEndingDirectorySeparator(_caller), Path.TrimEndingDirectorySeparator(output.Trim()));
    }
}
