namespace WhaiNot.Drafting.Tests;

/// <summary>Finds the sample folders: the shared samples beside the checkout, and this project's own cases.</summary>
public static class SampleFolders
{
    public static string Shared => Path.Combine(RepositoryRoot(), "..", "shared", "samples");

    public static string Own => Path.Combine(RepositoryRoot(), "tests", "WhaiNot.Drafting.Tests", "Samples");

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
