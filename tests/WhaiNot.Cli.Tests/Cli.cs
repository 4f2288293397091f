namespace WhaiNot.Cli.Tests;

/// <summary>What one in-process run of the CLI returned and wrote.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>Runs <see cref="CliApplication.Run"/> in this process with captured output.</summary>
public static class Cli
{
    public static CliResult Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApplication.Run(args, output, error);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>For verbs that do network or process work: runs off the test's synchronization context.</summary>
    public static Task<CliResult> RunAsync(params string[] args) => Task.Run(() => Run(args));

    /// <summary>Runs a command against <paramref name="folder"/> via --data.</summary>
    public static CliResult Run(TempDataFolder folder, params string[] args) => Run([.. args, "--data", folder.Root]);

    /// <summary>Runs a command that must succeed, with the whole run in the failure message otherwise.</summary>
    public static CliResult Succeed(TempDataFolder folder, params string[] args)
    {
        var result = Run(folder, args);
        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        return result;
    }

    /// <summary>The password from a line such as "Eerste wachtwoord: xyz" or "Nieuw wachtwoord voor 'a': xyz".</summary>
    public static string PasswordFrom(CliResult result, string linePrefix)
    {
        var line = result.Output.Split('\n').Select(l => l.TrimEnd('\r')).SingleOrDefault(l => l.StartsWith(linePrefix, StringComparison.Ordinal));
        Assert.True(line is not null, $"No line starting with '{linePrefix}' in:\n{result}");
        var password = line[(line.LastIndexOf(": ", StringComparison.Ordinal) + 2)..].Trim();
        Assert.False(string.IsNullOrWhiteSpace(password), result.ToString());
        return password;
    }
}
