using Microsoft.Extensions.Logging.Abstractions;
using WhaiNot.Native.Runtime;
using WhaiNot.TestModels;

namespace WhaiNot.TestSupport;

/// <summary>
/// The real CPU runtime and the self-made test models, once per test process. tests/test.sh installs
/// the runtime beforehand and passes WHAINOT_TEST_RUNTIME; without it (a plain `dotnet test`) the
/// runtime is installed from the registry into a shared temp folder, under a lock so parallel test
/// processes don't install it twice.
/// </summary>
public static class TestRuntime
{
    public const string Variable = "WHAINOT_TEST_RUNTIME";

    private static readonly Lazy<NativeRuntime> Runtime = new(Load);
    private static readonly Lazy<string> Models = new(WriteModels);

    public static NativeRuntime Get() => Runtime.Value;

    /// <summary>Path of the tiny random Whisper model (loads and runs; produces noise).</summary>
    public static string WhisperModelPath => Path.Combine(Models.Value, "whisper-tiny-random.bin");

    /// <summary>Path of the tiny random llama model (loads and runs; produces noise).</summary>
    public static string LlamaModelPath => Path.Combine(Models.Value, "llama-tiny-random.gguf");

    /// <summary>A data folder whose runtime/ holds the installed engines (what --data points the CLI at).</summary>
    public static string DataRoot => Environment.GetEnvironmentVariable(Variable) ?? Path.Combine(Path.GetTempPath(), "whainot-test-runtime");

    public static string RuntimeRoot => Path.Combine(DataRoot, "runtime");

    private static NativeRuntime Load()
    {
        var root = RuntimeRoot;
        Directory.CreateDirectory(root);
        using (AcquireLock(Path.Combine(root, ".install.lock")))
        {
            if (InstalledRuntime.Load(root, RuntimeVariant.Cpu) is null)
            {
                using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
                new RuntimeInstaller(http, NullLogger.Instance)
                    .InstallAsync(root, RuntimeVariant.Cpu, fromFolder: null, CancellationToken.None)
                    .GetAwaiter().GetResult();
            }
        }

        return NativeRuntime.Load(root, RuntimeVariant.Cpu, NullLoggerFactory.Instance);
    }

    private static string WriteModels()
    {
        var folder = Path.Combine(Path.GetTempPath(), "whainot-test-models-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        TestModelFiles.WriteWhisperTiny(Path.Combine(folder, "whisper-tiny-random.bin"));
        TestModelFiles.WriteLlamaTiny(Path.Combine(folder, "llama-tiny-random.gguf"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        };
        return folder;
    }

    private static FileStream AcquireLock(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 600)
            {
                Thread.Sleep(500);
            }
        }
    }
}
