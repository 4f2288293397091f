using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace WhaiNot.Cli;

/// <summary>Logging for the CLI: warnings and errors on stderr (stdout stays clean for JSON), more with WHAINOT_LOG_LEVEL.</summary>
internal static class CliLogging
{
    public static ILoggerFactory Create() => LoggerFactory.Create(builder =>
    {
        var level = Enum.TryParse<LogLevel>(Environment.GetEnvironmentVariable("WHAINOT_LOG_LEVEL"), ignoreCase: true, out var parsed) ? parsed : LogLevel.Warning;
        builder.SetMinimumLevel(level);
        builder.AddSimpleConsole(o => o.SingleLine = true);
        builder.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    });
}
