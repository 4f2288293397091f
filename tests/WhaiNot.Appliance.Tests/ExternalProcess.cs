using System.Diagnostics;
using System.Text;

namespace WhaiNot.Appliance.Tests;

/// <summary>Runs node, npm and the speech tools (espeak-ng, sox) from tests, keeping their output for failure messages.</summary>
internal static class ExternalProcess
{
    /// <summary>The checkout's root: the folder above the test binaries that holds the solution.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string WebProject => Path.Combine(RepositoryRoot, "src", "WhaiNot.Web");

    /// <summary>Fails with a clear hint when the JS packages were not installed (tests/test.sh does that).</summary>
    public static void RequireInstalledPackages() =>
        Assert.True(
            Directory.Exists(Path.Combine(WebProject, "node_modules", "@microsoft", "signalr")),
            "The JS packages are missing: run `npm ci --prefix src/WhaiNot.Web` first (tests/test.sh does).");

    /// <summary>
    /// Runs a program to its end (or kills it after <paramref name="timeout"/>) and returns its exit
    /// code with stdout and stderr together. WHAINOT_* variables of the test process are not passed on.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string program, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("WHAINOT_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Append(output, $"[killed after {timeout.TotalSeconds} s]");
        }

        // The exit can come before the last redirected lines; this waits for them.
        await process.WaitForExitAsync();
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "WhaiNot.Appliance.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No WhaiNot.Appliance.sln above {AppContext.BaseDirectory}");
    }
}
