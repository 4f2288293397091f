using System.Net;
using System.Text.Json;
using WhaiNot.Domain.Audit;
using WhaiNot.Storage;

namespace WhaiNot.Cli.Tests;

/// <summary>The admin verbs against a real running appliance: through its Unix socket, never by opening the held folder.</summary>
public sealed class AdminChannelTests(ChildApplianceFixture appliance) : IClassFixture<ChildApplianceFixture>, IDisposable
{
    private readonly string _backup = Path.Combine(Path.GetTempPath(), "whainot-admin-backup-" + Guid.NewGuid().ToString("N"));
    private readonly string _restored = Path.Combine(Path.GetTempPath(), "whainot-admin-restored-" + Guid.NewGuid().ToString("N"));

    private string Data => appliance.Appliance.DataRoot;

    public void Dispose()
    {
        foreach (var folder in new[] { _backup, _restored })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task UsersTeamsAuditAndBackup_WhileTheServiceRuns_ShouldGoThroughTheServiceAndBeAuditedAsTheCli()
    {
        var team = "Beheerteam " + Guid.NewGuid().ToString("N")[..6];
        var user = "beheer" + Guid.NewGuid().ToString("N")[..6];

        var teamAdd = await Cli.RunAsync("teams", "add", "--name", team, "--data", Data);
        Assert.True(teamAdd.ExitCode == ExitCodes.Success, teamAdd.ToString());
        var teams = await Cli.RunAsync("teams", "list", "--data", Data);
        Assert.Contains(team, teams.Output, StringComparison.Ordinal);

        var add = await Cli.RunAsync("users", "add", "--username", user, "--role", "worker", "--team", team, "--data", Data);
        Assert.True(add.ExitCode == ExitCodes.Success, add.ToString());
        Cli.PasswordFrom(add, "Eerste wachtwoord");
        var duplicate = await Cli.RunAsync("users", "add", "--username", user, "--role", "worker", "--team", team, "--data", Data);
        Assert.Equal(ExitCodes.BadInput, duplicate.ExitCode);

        var reset = await Cli.RunAsync("users", "reset", "--username", user, "--data", Data);
        Assert.True(reset.ExitCode == ExitCodes.Success, reset.ToString());
        var disable = await Cli.RunAsync("users", "disable", "--username", user, "--data", Data);
        Assert.True(disable.ExitCode == ExitCodes.Success, disable.ToString());
        var unknown = await Cli.RunAsync("users", "disable", "--username", "bestaatniet", "--data", Data);
        Assert.Equal(ExitCodes.BadInput, unknown.ExitCode);

        var list = await Cli.RunAsync("users", "list", "--json", "--data", Data);
        var row = JsonDocument.Parse(list.Output).RootElement.EnumerateArray().Single(u => u.GetProperty("username").GetString() == user);
        Assert.True(row.GetProperty("disabled").GetBoolean());
        Assert.Equal(team, row.GetProperty("team").GetString());

        var verify = await Cli.RunAsync("audit", "verify", "--data", Data);
        Assert.True(verify.ExitCode == ExitCodes.Success, verify.ToString());
        Assert.Contains("Auditlog intact", verify.Output, StringComparison.Ordinal);

        var backup = await Cli.RunAsync("backup", "--to", _backup, "--data", Data);
        Assert.True(backup.ExitCode == ExitCodes.Success, backup.ToString());
        Assert.Contains("draaiende service", backup.Output, StringComparison.Ordinal);
        var snapshot = Assert.Single(Directory.GetDirectories(Path.Combine(_backup, "snapshots")));
        Assert.False(Directory.Exists(Path.Combine(snapshot, "data", "keys")));
        Assert.False(File.Exists(Path.Combine(snapshot, "data", "admin.sock")));

        // The snapshot restores onto a new box with the master key and holds what the service had done, audited as the CLI.
        var restore = await Cli.RunAsync("restore", "--from", _backup, "--master-key", Path.Combine(Data, "keys", "master.key"), "--data", _restored);
        Assert.True(restore.ExitCode == ExitCodes.Success, restore.ToString());
        using var store = ApplianceStore.Open(new DataFolder(_restored), createIfMissing: false);
        Assert.True(store.Audit.Verify().IsIntact);
        var entries = store.Audit.Read(0, 100_000);
        var actor = "cli:" + Environment.UserName;
        Assert.Contains(entries, e => e.Actor == actor && e.Action == AuditAction.TeamCreate);
        Assert.Contains(entries, e => e.Actor == actor && e.Action == AuditAction.UserCreate);
        Assert.Contains(entries, e => e.Actor == actor && e.Action == AuditAction.AuditVerify);
        Assert.Contains(store.Accounts.ListUsers(), u => u.Username == user && u.Disabled);
    }

    [Fact]
    public async Task Backup_IntoAFolderWithOtherFiles_WhileRunning_ShouldRefuseInDutchAndTouchNothing()
    {
        Directory.CreateDirectory(_backup);
        File.WriteAllText(Path.Combine(_backup, "iets.txt"), "bestaand");

        var result = await Cli.RunAsync("backup", "--to", _backup, "--data", Data);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("andere bestanden dan WhaiNot-back-ups", result.Error, StringComparison.Ordinal);
        Assert.Equal(["iets.txt"], Directory.GetFiles(_backup).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Status_WhileTheServiceRuns_ShouldComeFromTheServiceWithCertificateAndEngines()
    {
        var result = await Cli.RunAsync("status", "--data", Data);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("Service:         draait (versie", result.Output, StringComparison.Ordinal);
        Assert.Contains("Certificaat:     geldig tot", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("alleen bekend terwijl de service draait", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModelsImport_WhileTheServiceRuns_ShouldPinTheProductionEntryAndShowItOnHealthWithoutARestart()
    {
        var stick = Path.Combine(_backup, "stick");
        Assert.Equal(ExitCodes.Success, Cli.Run("fixtures", "--out", stick).ExitCode);
        File.Delete(Path.Combine(stick, "llama-tiny-random.gguf"));
        File.Move(Path.Combine(stick, "whisper-tiny-random.bin"), Path.Combine(stick, "ggml-large-v3-turbo.bin"));
        var sha = TempDataFolder.Hash(Path.Combine(stick, "ggml-large-v3-turbo.bin")).ToLowerInvariant();

        var result = await Cli.RunAsync("models", "import", "--from", stick, "--data", Data);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("gebruikt de nieuwe modellen meteen", result.Output, StringComparison.Ordinal);
        using var trust = appliance.Appliance.Trust();
        using var http = new HttpClient(trust.CreateHandler()) { BaseAddress = appliance.Appliance.BaseAddress };
        var health = JsonDocument.Parse(await http.GetStringAsync("/health")).RootElement;
        var whisper = health.GetProperty("models").EnumerateArray().Single(m => m.GetProperty("engine").GetString() == "whisper");
        Assert.Equal("whisper-large-v3-turbo", whisper.GetProperty("name").GetString());
        Assert.Equal(sha, whisper.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task AdminEndpoints_OverTheNetwork_ShouldNotExistEvenWithTheToken()
    {
        var token = await File.ReadAllTextAsync(Path.Combine(Data, "keys", "admin.token"));
        using var trust = appliance.Appliance.Trust();
        using var http = new HttpClient(trust.CreateHandler()) { BaseAddress = appliance.Appliance.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/users");
        request.Headers.Add("X-WhaiNot-Admin-Token", token.Trim());

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void AdminSocketAndToken_ShouldBeReadableByTheOwnerOnly()
    {
        var folder = new DataFolder(Data);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(folder.AdminTokenPath));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(folder.AdminSocketPath));
    }
}
