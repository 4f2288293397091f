namespace WhaiNot.Security.Tests.Certificates;

/// <summary>The names and bytes of every file in a folder, to prove that nothing was touched.</summary>
internal static class FolderSnapshot
{
    public static IReadOnlyDictionary<string, byte[]> Take(string folder) =>
        Directory.EnumerateFiles(folder)
            .ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes, StringComparer.Ordinal);

    public static void AssertUnchanged(IReadOnlyDictionary<string, byte[]> before, string folder)
    {
        var after = Take(folder);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[name]), $"{name} was changed");
        }
    }
}
