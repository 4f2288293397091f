using System.Diagnostics;
using System.Text.Json;
using WhaiNot.Native.ModelFiles;
using WhaiNot.TestSupport;

namespace WhaiNot.Cli.Tests;

/// <summary>transcribe, fixtures, runtime info and bench engines through the real native runtime.</summary>
public sealed class EngineCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("whainot-cli-engines-").FullName;

    public EngineCommandTests() => TestRuntime.Get();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(16000, 1, 16, false)]
    [InlineData(44100, 2, 24, false)]
    [InlineData(48000, 2, 32, true)]
    [InlineData(8000, 1, 32, false)]
    public void Transcribe_AnyCommonWav_ShouldPrintAContractTranscript(int rate, int channels, int bits, bool isFloat)
    {
        var wav = TestWav.Write(_folder, rate, channels, bits, isFloat);

        var result = Run("transcribe", "--model", TestRuntime.WhisperModelPath, "--input", wav, "--variant", "cpu");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(Path.GetFileNameWithoutExtension(wav), json.RootElement.GetProperty("id").GetString());
        Assert.Equal("nl", json.RootElement.GetProperty("language").GetString());
        var index = 0;
        foreach (var segment in json.RootElement.GetProperty("segments").EnumerateArray())
        {
            index++;
            Assert.Equal($"s{index:000}", segment.GetProperty("id").GetString());
            var start = segment.GetProperty("start").GetDouble();
            var end = segment.GetProperty("end").GetDouble();
            Assert.InRange(start, 0, 2.0);
            Assert.InRange(end, start, 2.0);
            Assert.Equal("unknown", segment.GetProperty("speaker").GetString());
            Assert.False(string.IsNullOrEmpty(segment.GetProperty("text").GetString()));
        }
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("gguf")]
    [InlineData("random")]
    [InlineData("empty")]
    public void Transcribe_WithCorruptModel_ShouldExitTwoWithoutCrashing(string kind)
    {
        var model = Path.Combine(_folder, "kapot.bin");
        var whisper = File.ReadAllBytes(TestRuntime.WhisperModelPath);
        File.WriteAllBytes(model, kind switch
        {
            "truncated" => whisper[..(whisper.Length - 4096)],
            "gguf" => File.ReadAllBytes(TestRuntime.LlamaModelPath),
            "random" => System.Security.Cryptography.RandomNumberGenerator.GetBytes(100_000),
            _ => [],
        });
        var wav = TestWav.Write(_folder, 16000, 1, 16, false);

        var result = Run("transcribe", "--model", model, "--input", wav, "--variant", "cpu");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("kapot.bin", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Transcribe_WhenInputIsNotWav_ShouldExitTwoInDutch()
    {
        var input = Path.Combine(_folder, "opname.mp3");
        File.WriteAllBytes(input, [0x49, 0x44, 0x33, 0x04, 0, 0, 0, 0, 0, 0]);

        var result = Run("transcribe", "--model", TestRuntime.WhisperModelPath, "--input", input);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("geen WAV-bestand", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixtures_ShouldWriteTheModelsThatTheManifestPins()
    {
        var result = Cli.Run("fixtures", "--out", _folder);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(TestRuntime.WhisperModelPath))),
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(_folder, "whisper-tiny-random.bin")))));
        Assert.NotNull(GgufReader.Read(Path.Combine(_folder, "llama-tiny-random.gguf")).Architecture);
    }

    [Fact]
    public void RuntimeInfo_ShouldPrintVersionsAndVariant()
    {
        var result = Run("runtime", "info", "--variant", "cpu");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("variant:        cpu", result.Output, StringComparison.Ordinal);
        Assert.Contains("whisper.cpp:    1.9.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void BenchEngines_ShouldPrintRealTimeFactorAndTokenRates()
    {
        var result = Run("bench", "engines", "--variant", "cpu", "--seconds", "3", "--runs", "2", "--prompt-tokens", "32", "--generate-tokens", "8", "--threads", "1");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"real-time factor \d+[.,]\d{3}", result.Output);
        Assert.Matches(@"prompt \d+ tokens → \d+[.,]\d tokens/s", result.Output);
        Assert.Matches(@"genereren \d+ tokens .* → \d+[.,]\d tokens/s", result.Output);
    }

    [Fact]
    public async Task Transcribe_WhenNoRuntimeInstalled_ShouldExitOneAndSayHowToInstall()
    {
        var wav = TestWav.Write(_folder, 16000, 1, 16, false);
        var dll = typeof(CliApplication).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { dll, "transcribe", "--model", TestRuntime.WhisperModelPath, "--input", wav, "--data", Path.Combine(_folder, "leeg"), "--variant", "cpu" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(ExitCodes.Failure, process.ExitCode);
        Assert.Contains("whainot runtime install", stderr, StringComparison.Ordinal);
    }

    private static CliResult Run(params string[] args) => Cli.Run([.. args, "--data", TestRuntime.DataRoot]);
}
