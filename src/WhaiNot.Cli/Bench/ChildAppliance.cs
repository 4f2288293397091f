using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using WhaiNot.Cli.Streaming;

namespace WhaiNot.Cli.Bench;

/// <summary>
/// A throw-away demo appliance as a child process: its own data folder under /tmp (with the engine
/// runtime copied in, so the demo doesn't download it), a free loopback port, and clean-up of both
/// on dispose, on Ctrl+C and when the CLI process exits.
/// </summary>
internal sealed class ChildAppliance : IAsyncDisposable
{
    private const int KeptOutputLines = 40;

    private readonly string _appliancePath;
    private readonly IReadOnlyList<string> _extraArguments;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly EventHandler _onProcessExit;
    private Process _process;

    private ChildAppliance(string appliancePath, string dataRoot, int port, IReadOnlyList<string> extraArguments)
    {
        _appliancePath = appliancePath;
        _extraArguments = extraArguments;
        DataRoot = dataRoot;
        BaseAddress = new Uri($"https://127.0.0.1:{port}");
        _onProcessExit = (_, _) => KillAndDelete();
        AppDomain.CurrentDomain.ProcessExit += _onProcessExit;
        _process = Launch();
    }

    public string DataRoot { get; }

    public Uri BaseAddress { get; }

    public string CertificateAuthorityPath => Path.Combine(DataRoot, "certs", "ca.crt");

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>
    /// Starts the appliance with --demo in a new temporary data folder and waits until /health answers.
    /// <paramref name="sourceData"/>'s runtime/ is copied in and its real models (if any) linked.
    /// </summary>
    /// <param name="dataParent">Where the data folder is made (the fault bench's small disk); default: the temporary folder.</param>
    public static async Task<ChildAppliance> StartAsync(string appliancePath, string? sourceData, IReadOnlyList<string> extraArguments, CancellationToken cancellationToken, string? dataParent = null)
    {
        var dataRoot = dataParent is null
            ? Directory.CreateTempSubdirectory("whainot-bench-").FullName
            : Directory.CreateDirectory(Path.Combine(dataParent, "whainot-bench-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        try
        {
            if (sourceData is not null)
            {
                CopyRuntime(Path.Combine(sourceData, "runtime"), Path.Combine(dataRoot, "runtime"));
                LinkModels(Path.Combine(sourceData, "models"), Path.Combine(dataRoot, "models"));
            }
        }
        catch
        {
            Directory.Delete(dataRoot, recursive: true);
            throw;
        }

        var appliance = new ChildAppliance(appliancePath, dataRoot, FreePort(), extraArguments);
        try
        {
            await appliance.WaitUntilUpAsync(TimeSpan.FromSeconds(90), cancellationToken);
            return appliance;
        }
        catch
        {
            await appliance.DisposeAsync();
            throw;
        }
    }

    /// <summary>The demo worker's sign-in (the first worker in demo-credentials.json).</summary>
    public (string Username, string Password) Worker()
    {
        using var credentials = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataRoot, "demo-credentials.json")));
        var worker = credentials.RootElement.EnumerateArray().First(c => c.GetProperty("role").GetString() == "worker");
        return (worker.GetProperty("username").GetString()!, worker.GetProperty("password").GetString()!);
    }

    public ApplianceTrust Trust() => ApplianceTrust.FromFile(CertificateAuthorityPath);

    /// <summary>Waits until /health reports engines with models (test or production); a failed install stops the bench.</summary>
    public async Task<string> WaitForEnginesAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var trust = Trust();
        using var http = new HttpClient(trust.CreateHandler()) { BaseAddress = BaseAddress };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            ThrowIfExited();
            var engines = (await HealthAsync(http, cancellationToken))?.GetProperty("engines");
            var state = engines?.GetProperty("state").GetString();
            switch (state)
            {
                case "test-models" or "production-models":
                    return state;
                case "failed":
                    throw new CliException(ExitCodes.Failure, $"De engines van de tijdelijke appliance zijn niet klaar: {engines?.GetProperty("notice").GetString()}");
            }

            if (clock.Elapsed > timeout)
            {
                throw new CliException(ExitCodes.Failure, $"De engines van de tijdelijke appliance waren na {timeout.TotalSeconds:0} s niet klaar (toestand: {state ?? "onbekend"}).");
            }

            await Task.Delay(250, cancellationToken);
        }
    }

    /// <summary>Kills the process (SIGKILL) without cleaning up: the data folder stays for <see cref="RestartAsync"/>.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Starts the appliance again on the same folder and port (after <see cref="KillAsync"/>).</summary>
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        _process.Dispose();
        _process = Launch();
        await WaitUntilUpAsync(TimeSpan.FromSeconds(90), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= _onProcessExit;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        DeleteFolder();
    }

    private static void CopyRuntime(string source, string target)
    {
        if (!Directory.Exists(source))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            // The install lock belongs to the source folder's installer, not to the copy.
            if (Path.GetFileName(file) == ".install.lock")
            {
                continue;
            }

            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    /// <summary>Real models are gigabytes and only read: a link instead of a copy, so a GPU box benches its production models.</summary>
    private static void LinkModels(string source, string target)
    {
        if (!Directory.Exists(source))
        {
            return;
        }

        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.CreateSymbolicLink(Path.Combine(target, Path.GetFileName(file)), Path.GetFullPath(file));
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The dotnet host that runs this CLI (or the one the SDK names), so the appliance runs on the same runtime.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        return Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }

    private Process Launch()
    {
        var isAssembly = _appliancePath.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(isAssembly ? DotnetHost() : _appliancePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (isAssembly)
        {
            start.ArgumentList.Add(_appliancePath);
        }

        foreach (var argument in new[] { "--data", DataRoot, "--demo", "--urls", BaseAddress.ToString().TrimEnd('/') }.Concat(_extraArguments))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new CliException(ExitCodes.Failure, $"De appliance ({_appliancePath}) kon niet gestart worden.");
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilUpAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            ThrowIfExited();
            // The CA exists once the appliance has made its certificates, shortly before it listens.
            if (File.Exists(CertificateAuthorityPath))
            {
                using var trust = Trust();
                using var http = new HttpClient(trust.CreateHandler()) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
                if (await HealthAsync(http, cancellationToken) is not null)
                {
                    return;
                }
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new CliException(ExitCodes.Failure, $"De tijdelijke appliance antwoordde na {timeout.TotalSeconds:0} s nog niet op /health. Laatste uitvoer:\n{string.Join('\n', _output)}");
    }

    private static async Task<JsonElement?> HealthAsync(HttpClient http, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(new Uri("/health", UriKind.Relative), cancellationToken);
            return response.IsSuccessStatusCode ? JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement.Clone() : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private void ThrowIfExited()
    {
        if (_process.HasExited)
        {
            throw new CliException(ExitCodes.Failure, $"De tijdelijke appliance stopte (exitcode {_process.ExitCode}). Laatste uitvoer:\n{string.Join('\n', _output)}");
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > KeptOutputLines && _output.TryDequeue(out _))
        {
        }
    }

    /// <summary>Last resort when the CLI exits without disposing (Environment.Exit, a termination signal).</summary>
    private void KillAndDelete()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        DeleteFolder();
    }

    private void DeleteFolder()
    {
        for (var attempt = 0; attempt < 5 && Directory.Exists(DataRoot); attempt++)
        {
            try
            {
                Directory.Delete(DataRoot, recursive: true);
            }
            catch (IOException) when (attempt < 4)
            {
                Thread.Sleep(200);
            }
        }
    }
}
