using WhaiNot.Appliance.Hosting;

try
{
    await using var app = ApplianceHost.Build(args);
    await app.RunAsync();
    return 0;
}
catch (StartupException ex)
{
    await Console.Error.WriteLineAsync("De appliance start niet: " + ex.Message);
    return ex.ExitCode;
}

/// <summary>Entry point; public so tests can name the assembly.</summary>
public partial class Program;
