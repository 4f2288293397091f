using WhaiNot.Native.ModelFiles;
using WhaiNot.Native.Models;
using WhaiNot.Native.Runtime;
using WhaiNot.TestModels;

namespace WhaiNot.Native.Tests.Models;

public sealed class ModelManifestTests : IDisposable
{
    private static readonly string ShippedManifest = Path.Combine(RepositoryRoot(), "firmware-config", "models.json");
    private readonly string _folder = Directory.CreateTempSubdirectory("whainot-models-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ShippedManifest_ShouldPinTheSelfMadeTestModelsByteForByte()
    {
        var manifest = ModelManifest.Load(ShippedManifest);
        TestModelFiles.WriteWhisperTiny(Path.Combine(_folder, "whisper-tiny-random.bin"));
        TestModelFiles.WriteLlamaTiny(Path.Combine(_folder, "llama-tiny-random.gguf"));

        var whisper = ModelVerifier.Verify(manifest.Find("whisper-tiny-random")!, _folder);
        var llama = ModelVerifier.Verify(manifest.Find("llama-tiny-random")!, _folder);

        Assert.True(File.Exists(whisper));
        Assert.True(File.Exists(llama));
    }

    [Fact]
    public void Installed_ShouldPreferAProductionModelAndSkipMissingFiles()
    {
        var manifest = ModelManifest.Shipped();
        Assert.Null(manifest.Installed(EngineNames.Llama, _folder));

        File.WriteAllBytes(Path.Combine(_folder, "llama-tiny-random.gguf"), [1]);
        Assert.Equal("llama-tiny-random", manifest.Installed(EngineNames.Llama, _folder)!.Name);
        Assert.Null(manifest.Installed(EngineNames.Whisper, _folder));

        File.WriteAllBytes(Path.Combine(_folder, "drafting-8b-instruct-q4_k_m.gguf"), [1]);
        Assert.Equal("drafting-8b-instruct-q4km", manifest.Installed(EngineNames.Llama, _folder)!.Name);
    }

    [Fact]
    public void Verify_WhenFileTruncated_ShouldNameTheProblemBeforeHashing()
    {
        var entry = ModelManifest.Load(ShippedManifest).Find("llama-tiny-random")!;
        var path = Path.Combine(_folder, entry.File);
        TestModelFiles.WriteLlamaTiny(path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length - 1000)]);

        var error = Assert.Throws<ModelFileException>(() => ModelVerifier.Verify(entry, _folder));

        Assert.Contains(entry.File, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_WhenOneByteOfWeightsChanged_ShouldRefuseOnTheHash()
    {
        var entry = ModelManifest.Load(ShippedManifest).Find("whisper-tiny-random")!;
        var path = Path.Combine(_folder, entry.File);
        TestModelFiles.WriteWhisperTiny(path);
        var bytes = File.ReadAllBytes(path);
        bytes[^10] ^= 0x01;
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<ModelFileException>(() => ModelVerifier.Verify(entry, _folder));

        Assert.Contains("SHA-256", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_WhenFileOfTheOtherEngine_ShouldRefuse()
    {
        var entry = ModelManifest.Load(ShippedManifest).Find("whisper-tiny-random")!;
        TestModelFiles.WriteLlamaTiny(Path.Combine(_folder, entry.File));

        Assert.Throws<ModelFileException>(() => ModelVerifier.Verify(entry, _folder));
    }

    [Fact]
    public void Verify_WhenProductionModelNotPinnedYet_ShouldRefuse()
    {
        var entry = ModelManifest.Load(ShippedManifest).Find("drafting-8b-instruct-q4km")!;
        TestModelFiles.WriteLlamaTiny(Path.Combine(_folder, entry.File));

        var error = Assert.Throws<ModelFileException>(() => ModelVerifier.Verify(entry, _folder));

        Assert.Contains("vastgepinde", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_WhenFileMissing_ShouldSaySo()
    {
        var entry = ModelManifest.Load(ShippedManifest).Find("whisper-tiny-random")!;

        var error = Assert.Throws<ModelFileException>(() => ModelVerifier.Verify(entry, _folder));

        Assert.Contains("ontbreekt", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"models\": [ { \"name\": \"x\" ")]
    [InlineData("{ \"models\": [ { \"name\": \"x\", \"file\": \"x.bin\", \"sha256\": \"\", \"engine\": \"ollama\", \"parameters\": {} } ] }")]
    [InlineData("{ \"models\": [ { \"name\": \"x\", \"file\": \"../x.bin\", \"sha256\": \"\", \"engine\": \"llama\", \"parameters\": {} } ] }")]
    [InlineData("{ \"models\": [ { \"name\": \"x\", \"file\": \"x.bin\", \"sha256\": \"ABC\", \"engine\": \"llama\", \"parameters\": {} } ] }")]
    [InlineData("{ \"models\": [ { \"name\": \"x\", \"file\": \"x.bin\", \"sha256\": \"\", \"engine\": \"llama\", \"parameters\": {}, \"reason\": \"?\" } ] }")]
    [InlineData("{ \"other\": 1 }")]
    public void Parse_WhenManifestBroken_ShouldRefuseInDutch(string json)
    {
        var error = Assert.Throws<ModelManifestException>(() => ModelManifest.Parse(json, "test.json"));

        Assert.Contains("test.json", error.Message, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "WhaiNot.Appliance.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
