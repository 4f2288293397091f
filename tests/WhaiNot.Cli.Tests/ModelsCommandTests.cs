namespace WhaiNot.Cli.Tests;

/// <summary>whainot models import with the service stopped: checked against the manifest, all or nothing.</summary>
public sealed class ModelsCommandTests : IDisposable
{
    private readonly TempDataFolder _temp = new TempDataFolder().WithBox();
    private readonly string _stick = Path.Combine(Path.GetTempPath(), "whainot-stick-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _temp.Dispose();
        if (Directory.Exists(_stick))
        {
            Directory.Delete(_stick, recursive: true);
        }
    }

    private string ModelsFolder => _temp.Folder.ModelsFolder;

    [Fact]
    public void Import_OfTheListedModels_ShouldCopyThemOnceAndAuditEach()
    {
        Assert.Equal(ExitCodes.Success, Cli.Run("fixtures", "--out", _stick).ExitCode);

        var first = Cli.Run(_temp, "models", "import", "--from", _stick);
        var again = Cli.Run(_temp, "models", "import", "--from", _stick);

        Assert.True(first.ExitCode == ExitCodes.Success, first.ToString());
        Assert.Contains("whisper-tiny-random.bin: geïmporteerd als 'whisper-tiny-random'", first.Output, StringComparison.Ordinal);
        Assert.Contains("llama-tiny-random.gguf: geïmporteerd", first.Output, StringComparison.Ordinal);
        Assert.Contains("stond er al", again.Output, StringComparison.Ordinal);
        Assert.Equal(TempDataFolder.Hash(Path.Combine(_stick, "whisper-tiny-random.bin")), TempDataFolder.Hash(Path.Combine(ModelsFolder, "whisper-tiny-random.bin")));
        Assert.Empty(Directory.GetFiles(ModelsFolder, "*.importing"));
        using var store = _temp.OpenStore();
        Assert.Equal(4, store.Audit.Read(0, 1000).Count(e => e.Action == Domain.Audit.AuditAction.ModelImport));
    }

    [Fact]
    public void Import_OfAnUnlistedModel_ShouldBeRefusedUnlessAllowedAndThenRecordItsHash()
    {
        Assert.Equal(ExitCodes.Success, Cli.Run("fixtures", "--out", _stick).ExitCode);
        File.Delete(Path.Combine(_stick, "llama-tiny-random.gguf"));
        File.Move(Path.Combine(_stick, "whisper-tiny-random.bin"), Path.Combine(_stick, "ggml-eigen-model.bin"));

        var refused = Cli.Run(_temp, "models", "import", "--from", _stick);
        var allowed = Cli.Run(_temp, "models", "import", "--from", _stick, "--allow-unlisted");

        Assert.Equal(ExitCodes.BadInput, refused.ExitCode);
        Assert.Contains("staat niet in de lijst van ondersteunde modellen", refused.Error, StringComparison.Ordinal);
        Assert.True(allowed.ExitCode == ExitCodes.Success, allowed.ToString());
        Assert.Contains("niet in de lijst, toegelaten met --allow-unlisted", allowed.Output, StringComparison.Ordinal);
        using var store = _temp.OpenStore();
        var model = Assert.Single(store.Models.All());
        Assert.True(model.Unlisted);
        Assert.Equal(TempDataFolder.Hash(Path.Combine(_stick, "ggml-eigen-model.bin")).ToLowerInvariant(), model.Sha256);
    }

    [Fact]
    public void Import_WithAFileThatIsNotThePinnedOne_ShouldCopyNothingAtAll()
    {
        Assert.Equal(ExitCodes.Success, Cli.Run("fixtures", "--out", _stick, "--seed", "7").ExitCode);

        var result = Cli.Run(_temp, "models", "import", "--from", _stick);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("niet het vastgepinde model", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(ModelsFolder) && Directory.EnumerateFileSystemEntries(ModelsFolder).Any(), "a refused import must copy nothing, not even the files that were fine");
    }

    [Fact]
    public void Import_OfATruncatedModel_ShouldSayItIsNotUsable()
    {
        Assert.Equal(ExitCodes.Success, Cli.Run("fixtures", "--out", _stick).ExitCode);
        var whisper = Path.Combine(_stick, "whisper-tiny-random.bin");
        var bytes = File.ReadAllBytes(whisper);
        File.WriteAllBytes(whisper, bytes[..(bytes.Length / 2)]);

        var result = Cli.Run(_temp, "models", "import", "--from", _stick);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("geen bruikbaar Whisper-model", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_FromAFolderWithoutModels_ShouldSaySo()
    {
        Directory.CreateDirectory(_stick);
        File.WriteAllText(Path.Combine(_stick, "leesmij.txt"), "geen model");

        var result = Cli.Run(_temp, "models", "import", "--from", _stick);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("staat geen modelbestand", result.Error, StringComparison.Ordinal);
    }
}
