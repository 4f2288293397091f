using System.Text.Json;
using WhaiNot.Domain.Accounts;
using WhaiNot.Security.Passwords;

namespace WhaiNot.Cli.Tests;

public sealed class UsersCommandTests : IDisposable
{
    private const string TeamName = "Team Noord";

    private static readonly Argon2idPasswordHasher Hasher = new(Argon2Settings.Default);

    private readonly TempDataFolder _temp = new TempDataFolder().WithBox();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Add_WhenWorkerWithExistingTeam_ShouldExitZeroAndPrintAWorkingPassword()
    {
        // Arrange
        Cli.Succeed(_temp, "teams", "add", "--name", TeamName);

        // Act
        var result = Cli.Run(_temp, "users", "add", "--username", "a", "--role", "worker", "--team", TeamName);

        // Assert
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Empty(result.Error);
        var password = Cli.PasswordFrom(result, "Eerste wachtwoord:");
        using var store = _temp.OpenStore();
        var user = store.Accounts.FindUser("a");
        Assert.NotNull(user);
        Assert.Equal(Role.Worker, user.Role);
        Assert.Equal(store.Accounts.FindTeam(TeamName)?.Id, user.TeamId);
        Assert.DoesNotContain(password, user.PasswordHash, StringComparison.Ordinal);
        Assert.True(Hasher.Verify(password, user.PasswordHash));
    }

    [Fact]
    public void Add_WhenRunTwiceForDifferentUsers_ShouldGenerateDifferentPasswords()
    {
        // Arrange
        Cli.Succeed(_temp, "teams", "add", "--name", TeamName);

        // Act
        var first = Cli.PasswordFrom(Cli.Succeed(_temp, "users", "add", "--username", "a", "--role", "worker", "--team", TeamName), "Eerste wachtwoord:");
        var second = Cli.PasswordFrom(Cli.Succeed(_temp, "users", "add", "--username", "b", "--role", "dpo"), "Eerste wachtwoord:");

        // Assert
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void List_WhenUserAdded_ShouldShowUserRoleAndTeam()
    {
        // Arrange
        AddWorker("a");

        // Act
        var result = Cli.Run(_temp, "users", "list");

        // Assert
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var row = result.Output.Split('\n').Single(l => l.StartsWith("a ", StringComparison.Ordinal));
        Assert.Contains("worker", row, StringComparison.Ordinal);
        Assert.Contains(TeamName, row, StringComparison.Ordinal);
        Assert.Contains("actief", row, StringComparison.Ordinal);
    }

    [Fact]
    public void List_WhenJsonRequested_ShouldPrintParsableJsonWithRoleAndTeamName()
    {
        // Arrange
        AddWorker("a");
        Cli.Succeed(_temp, "users", "add", "--username", "dora", "--role", "dpo", "--display-name", "Dora de DPO");

        // Act
        var result = Cli.Run(_temp, "users", "list", "--json");

        // Assert
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        var worker = rows.Single(r => r.GetProperty("username").GetString() == "a");
        Assert.Equal("worker", worker.GetProperty("role").GetString());
        Assert.Equal(TeamName, worker.GetProperty("team").GetString());
        Assert.False(worker.GetProperty("disabled").GetBoolean());
        Assert.False(worker.GetProperty("locked").GetBoolean());
        var dpo = rows.Single(r => r.GetProperty("username").GetString() == "dora");
        Assert.Equal("dpo", dpo.GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Null, dpo.GetProperty("team").ValueKind);
        Assert.Equal("Dora de DPO", dpo.GetProperty("displayName").GetString());
        Assert.DoesNotContain("argon2", result.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Add_WhenRoleUnknown_ShouldExitTwoNameTheAllowedRolesAndAddNobody()
    {
        // Arrange
        AddWorker("a");

        // Act
        var result = Cli.Run(_temp, "users", "add", "--username", "b", "--role", "boss", "--team", TeamName);

        // Assert
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        foreach (var role in RoleNames.All)
        {
            Assert.Contains(role, result.Error, StringComparison.Ordinal);
        }

        Assert.Equal(1, UserCount());
    }

    [Fact]
    public void Add_WhenWorkerHasNoTeam_ShouldExitTwoAndAddNobody()
    {
        // Arrange
        AddWorker("a");

        // Act
        var result = Cli.Run(_temp, "users", "add", "--username", "b", "--role", "worker");

        // Assert
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("team", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, UserCount());
    }

    [Fact]
    public void Add_WhenTeamDoesNotExist_ShouldExitTwoAndAddNobody()
    {
        // Arrange
        AddWorker("a");

        // Act
        var result = Cli.Run(_temp, "users", "add", "--username", "b", "--role", "teamlead", "--team", "Team Nergens");

        // Assert
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("Team Nergens", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, UserCount());
    }

    [Fact]
    public void Add_WhenDpoGivenATeam_ShouldExitTwoAndAddNobody()
    {
        // Arrange
        AddWorker("a");

        // Act
        var result = Cli.Run(_temp, "users", "add", "--username", "d", "--role", "dpo", "--team", TeamName);

        // Assert
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("team", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, UserCount());
    }

    [Fact]
    public void Add_WhenUsernameTakenInAnyCase_ShouldExitTwoAndKeepTheExistingAccount()
    {
        // Arrange
        AddWorker("a");
        string hashBefore;
        using (var store = _temp.OpenStore())
        {
            hashBefore = store.Accounts.FindUser("a")!.PasswordHash;
        }

        // Act
        var exact = Cli.Run(_temp, "users", "add", "--username", "a", "--role", "dpo");
        var otherCase = Cli.Run(_temp, "users", "add", "--username", "A", "--role", "dpo");

        // Assert
        Assert.Equal(ExitCodes.BadInput, exact.ExitCode);
        Assert.Contains("'a'", exact.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, otherCase.ExitCode);
        using var reopened = _temp.OpenStore();
        Assert.Single(reopened.Accounts.ListUsers());
        var user = reopened.Accounts.FindUser("a")!;
        Assert.Equal(Role.Worker, user.Role);
        Assert.Equal(hashBefore, user.PasswordHash);
    }

    [Fact]
    public void Add_WhenUsernameHasSpaces_ShouldExitTwoAndAddNobody()
    {
        // Arrange
        AddWorker("a");

        // Act
        var result = Cli.Run(_temp, "users", "add", "--username", "an peeters", "--role", "dpo");

        // Assert
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("spaties", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, UserCount());
    }

    [Fact]
    public void Disable_WhenUserExists_ShouldDisableAndChangeSecurityStamp()
    {
        // Arrange
        AddWorker("a");
        var stampBefore = FindUser("a").SecurityStamp;

        // Act
        var result = Cli.Run(_temp, "users", "disable", "--username", "a");

        // Assert
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var user = FindUser("a");
        Assert.True(user.Disabled);
        Assert.NotEqual(stampBefore, user.SecurityStamp);
        var list = Cli.Succeed(_temp, "users", "list");
        Assert.Contains("uitgeschakeld", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Reset_WhenUserDisabledAndLockedOut_ShouldGiveNewPasswordAndLiftBoth()
    {
        // Arrange
        var oldPassword = AddWorker("a");
        Cli.Succeed(_temp, "users", "disable", "--username", "a");
        string stampBefore;
        using (var store = _temp.OpenStore())
        {
            var user = store.Accounts.FindUser("a")!;
            user.FailedSignIns = 5;
            user.LockedUntil = DateTimeOffset.UtcNow.AddHours(1);
            store.Accounts.UpdateUser(user);
            stampBefore = user.SecurityStamp;
        }

        // Act
        var result = Cli.Run(_temp, "users", "reset", "--username", "a");

        // Assert
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var newPassword = Cli.PasswordFrom(result, "Nieuw wachtwoord voor 'a':");
        Assert.NotEqual(oldPassword, newPassword);
        var reset = FindUser("a");
        Assert.True(Hasher.Verify(newPassword, reset.PasswordHash));
        Assert.False(Hasher.Verify(oldPassword, reset.PasswordHash));
        Assert.False(reset.Disabled);
        Assert.Null(reset.LockedUntil);
        Assert.False(reset.IsLockedOut(DateTimeOffset.UtcNow));
        Assert.Equal(0, reset.FailedSignIns);
        Assert.NotEqual(stampBefore, reset.SecurityStamp);
    }

    [Fact]
    public void List_WhenUserLockedOut_ShouldShowItAsBlocked()
    {
        // Arrange
        AddWorker("a");
        using (var store = _temp.OpenStore())
        {
            var user = store.Accounts.FindUser("a")!;
            user.LockedUntil = DateTimeOffset.UtcNow.AddHours(1);
            store.Accounts.UpdateUser(user);
        }

        // Act
        var result = Cli.Run(_temp, "users", "list", "--json");

        // Assert
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.True(json.RootElement[0].GetProperty("locked").GetBoolean());
    }

    [Theory]
    [InlineData("disable")]
    [InlineData("reset")]
    public void DisableOrReset_WhenUserUnknown_ShouldExitTwoAndChangeNothing(string verb)
    {
        // Arrange
        AddWorker("a");
        var before = FindUser("a");

        // Act
        var result = Cli.Run(_temp, "users", verb, "--username", "niemand");

        // Assert
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("niemand", result.Error, StringComparison.Ordinal);
        Assert.Contains("bestaat niet", result.Error, StringComparison.Ordinal);
        var after = FindUser("a");
        Assert.Equal(before.SecurityStamp, after.SecurityStamp);
        Assert.Equal(before.PasswordHash, after.PasswordHash);
        Assert.Equal(1, UserCount());
    }

    [Fact]
    public void TeamsAdd_WhenNameTaken_ShouldExitTwoAndKeepOneTeam()
    {
        // Arrange
        Cli.Succeed(_temp, "teams", "add", "--name", TeamName);

        // Act
        var result = Cli.Run(_temp, "teams", "add", "--name", TeamName.ToUpperInvariant());

        // Assert
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.NotEmpty(result.Error);
        var list = Cli.Succeed(_temp, "teams", "list");
        Assert.Equal([TeamName], list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void Run_WhenDataOptionPrecedesTheVerb_ShouldUseThatFolder()
    {
        // Arrange
        AddWorker("a");

        // Act
        var result = Cli.Run("--data", _temp.Root, "users", "list", "--json");

        // Assert
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("\"a\"", result.Output, StringComparison.Ordinal);
    }

    /// <summary>Creates the team (first time) and a worker in it; returns the printed password.</summary>
    private string AddWorker(string username)
    {
        if (!Cli.Succeed(_temp, "teams", "list").Output.Contains(TeamName, StringComparison.Ordinal))
        {
            Cli.Succeed(_temp, "teams", "add", "--name", TeamName);
        }

        var result = Cli.Succeed(_temp, "users", "add", "--username", username, "--role", "worker", "--team", TeamName);
        return Cli.PasswordFrom(result, "Eerste wachtwoord:");
    }

    private UserAccount FindUser(string username)
    {
        using var store = _temp.OpenStore();
        var user = store.Accounts.FindUser(username);
        Assert.NotNull(user);
        return user;
    }

    private int UserCount()
    {
        using var store = _temp.OpenStore();
        return store.Accounts.ListUsers().Count;
    }
}
