using System.CommandLine;
using System.Reflection;

namespace WhaiNot.Cli.Commands;

/// <summary>whainot version</summary>
internal static class VersionCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("version", "Toont de versie van whainot.");
        command.SetAction(_ =>
        {
            var version = typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0];
            context.Output.WriteLine($"whainot {version} (.NET {Environment.Version})");
            return ExitCodes.Success;
        });
        return command;
    }
}
