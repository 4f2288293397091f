namespace WhaiNot.Drafting.Tests;

/// <summary>Finds the sample folders, both inside the repository: the reference cases (the customer's three samples, copied in) and this project's own cases.</summary>
public static class SampleFolders
{
    public static string Reference => Path.Combine(RepositoryRoot(), "tests", "data", "samples", "reference");

    public static string Own => Path.Combine(RepositoryRoot(), "tests", "data", "samples", "own");

    /// <summary>Walks up from the test binary to the folder holding WhaiNot.Appliance.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WhaiNot.Appliance.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("WhaiNot.Appliance.sln not found above " + AppContext.BaseDirectory);
    }
}
