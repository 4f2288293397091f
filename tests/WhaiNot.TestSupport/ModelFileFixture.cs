using WhaiNot.Native.ModelFiles;

namespace WhaiNot.TestSupport;

/// <summary>A temporary folder per test class, deleted afterwards.</summary>
public abstract class ModelFileFixture : IDisposable
{
    protected string Folder { get; } = Directory.CreateTempSubdirectory("whainot-modelfiles-").FullName;

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    protected string PathFor(string name) => Path.Combine(Folder, name);

    protected string WriteBytes(string name, byte[] bytes)
    {
        var path = PathFor(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Asserts a refusal: a ModelFileException whose Dutch message names the file and contains <paramref name="fragment"/>.</summary>
    protected static ModelFileException AssertRefused(Action read, string path, string fragment)
    {
        var ex = Assert.Throws<ModelFileException>(read);
        Assert.Contains(Path.GetFileName(path), ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("Het modelbestand '", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Contains(fragment, StringComparison.Ordinal), $"Expected \"{fragment}\" in: {ex.Message}");
        Assert.Equal(path, ex.FilePath);
        return ex;
    }
}
