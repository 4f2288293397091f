using System.Diagnostics;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using WhaiNot.Appliance.Demo;
using WhaiNot.Appliance.Hosting;

namespace WhaiNot.Appliance.Tests;

/// <summary>What the appliance leaves on disk, and how it behaves when that is damaged.</summary>
public sealed class DataFolderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "whainot-folder-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task Demo_WhenSeeded_ShouldLeaveNoClientNameOrNumberInAnyFile()
    {
        var appliance = await RunningAppliance.StartAsync(_root);
        try
        {
            using var client = appliance.ClientWithToken(await appliance.TokenAsync("worker", "Sociale dienst Noord"));
            Assert.Contains("Marieke Verhaegen", await client.GetStringAsync("/api/dossiers"), StringComparison.Ordinal);
            AssertNoDemoClientInFiles("while running");
        }
        finally
        {
            await appliance.DisposeAsync();
        }

        AssertNoDemoClientInFiles("after shutdown");
    }

    [Fact]
    public async Task Restart_ShouldReuseTheCertificatesAndNotSeedTwice()
    {
        string firstThumbprint;
        string firstCa;
        List<DemoCredential> firstCredentials;
        await using (var first = await RunningAppliance.StartAsync(_root))
        {
            using var client = first.Client();
            await client.GetAsync("/health");
            firstThumbprint = first.LastServerThumbprint!;
            firstCa = first.CertificateAuthority.Thumbprint;
            firstCredentials = first.Credentials.ToList();
        }

        await using var second = await RunningAppliance.StartAsync(_root);
        using var again = second.Client();
        await again.GetAsync("/health");

        Assert.Equal(firstThumbprint, second.LastServerThumbprint);
        Assert.Equal(firstCa, second.CertificateAuthority.Thumbprint);
        Assert.Equal(firstCredentials, second.Credentials);
        var worker = firstCredentials.First(c => c.Role == "worker");
        using var signIn = await again.PostAsJsonAsync("/api/auth/token", new { username = worker.Username, password = worker.Password });
        signIn.EnsureSuccessStatusCode();
    }

    [Fact]
    public void DemoCredentials_ShouldBeReadableByOwnerOnlyAndNameEveryRole()
    {
        var app = ApplianceHost.Build(["--data", _root, "--demo", "--urls", "https://127.0.0.1:0"]);
        ((IDisposable)app).Dispose();
        var path = Path.Combine(_root, "demo-credentials.json");

        var credentials = JsonSerializer.Deserialize<List<DemoCredential>>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        Assert.Equal(["worker", "teamlead", "functional-admin", "dpo", "it-admin"], credentials.Select(c => c.Role).Distinct());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void Build_WhenUrlIsPlainHttp_ShouldRefuseWithExitCode2()
    {
        var error = Assert.Throws<StartupException>(() => ApplianceHost.Build(["--data", _root, "--urls", "http://127.0.0.1:0"]));

        Assert.Equal(2, error.ExitCode);
        Assert.Contains("HTTPS", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_root));
    }

    [Fact]
    public void Build_WhenTimeZoneUnknown_ShouldRefuseWithExitCode2BeforeTouchingTheFolder()
    {
        var error = Assert.Throws<StartupException>(() => ApplianceHost.Build(["--data", _root, "--urls", "https://127.0.0.1:0", "--Appliance:TimeZone", "Europe/Atlantis"]));

        Assert.Equal(2, error.ExitCode);
        Assert.Contains("De tijdzone 'Europe/Atlantis' (Appliance:TimeZone) bestaat niet", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_root));
    }

    [Fact]
    public async Task Process_WhenDatabaseIsForeign_ShouldExitNonZeroAndLeaveItUntouched()
    {
        await SeedAndStopAsync();
        var database = Path.Combine(_root, "whainot.db");
        var foreign = RandomNumberGenerator.GetBytes(4 * 8192);
        File.WriteAllBytes(database, foreign);

        var (exitCode, stderr) = await RunApplianceProcessAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("beschadigd of geen", stderr, StringComparison.Ordinal);
        Assert.Equal(foreign, File.ReadAllBytes(database));
    }

    [Fact]
    public async Task Process_WhenKeyFileMissing_ShouldExitNonZeroAndCreateNoNewKey()
    {
        await SeedAndStopAsync();
        var key = Path.Combine(_root, "keys", "master.key");
        var database = Path.Combine(_root, "whainot.db");
        File.Delete(key);
        var before = File.ReadAllBytes(database);

        var (exitCode, stderr) = await RunApplianceProcessAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("sleutelbestand", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(key));
        Assert.Equal(before, File.ReadAllBytes(database));
    }

    [Fact]
    public async Task Process_WhenKeyFileUnreadable_ShouldExitNonZero()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            // root reads any file whatever its mode; the damaged-key case below covers the same path.
            await SeedAndStopAsync();
            File.WriteAllBytes(Path.Combine(_root, "keys", "master.key"), [0x57, 0x4e]);
        }
        else
        {
            await SeedAndStopAsync();
            File.SetUnixFileMode(Path.Combine(_root, "keys", "master.key"), UnixFileMode.None);
        }

        var (exitCode, stderr) = await RunApplianceProcessAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("sleutelbestand", stderr, StringComparison.Ordinal);
    }

    private async Task SeedAndStopAsync()
    {
        await using var appliance = await RunningAppliance.StartAsync(_root);
        appliance.OwnsFolder = false;
    }

    private async Task<(int ExitCode, string Stderr)> RunApplianceProcessAsync()
    {
        var dll = typeof(ApplianceHost).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { dll, "--data", _root, "--urls", "https://127.0.0.1:0" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stderr = await process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, stderr);
    }

    private void AssertNoDemoClientInFiles(string when)
    {
        var needles = DemoClients.All(Guid.Empty, Guid.Empty)
            .SelectMany(c => new[] { c.Client.FullName, c.Client.NationalRegisterNumber })
            .SelectMany(n => new[] { Encoding.UTF8.GetBytes(n), Encoding.Unicode.GetBytes(n) })
            .ToList();
        foreach (var (file, bytes) in DataFolderBytes.ReadAll(_root))
        {
            foreach (var needle in needles)
            {
                Assert.False(bytes.AsSpan().IndexOf(needle) >= 0, $"{when}: '{Encoding.UTF8.GetString(needle)}' in {file}");
            }
        }
    }
}
