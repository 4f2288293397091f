using System.CommandLine;
using Microsoft.Extensions.Logging;
using WhaiNot.Native;
using WhaiNot.Native.ModelFiles;
using WhaiNot.Native.Runtime;

namespace WhaiNot.Cli.Commands;

/// <summary>Shared by the engine verbs: load the runtime from &lt;data&gt;/runtime and map engine failures to exit codes.</summary>
internal static class EngineLoading
{
    public static Option<string> VariantOption() =>
        new("--variant") { Description = "cpu of cuda (cuda valt terug op cpu zonder GPU).", DefaultValueFactory = _ => "cuda" };

    /// <summary>Loads the runtime from &lt;data&gt;/runtime; a RuntimeException becomes exit code 1 in <see cref="CliApplication"/>.</summary>
    public static NativeRuntime LoadRuntime(CliContext context, ParseResult parse, string? variant, ILoggerFactory loggers) =>
        NativeRuntime.Load(RuntimeCommand.RuntimeRoot(context, parse), RuntimeCommand.ParseVariant(variant), loggers);

    /// <summary>Runs an engine action; a bad model file is bad input (2), an engine failure is 1.</summary>
    public static T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (ModelFileException ex)
        {
            throw new CliException(ExitCodes.BadInput, ex.Message);
        }
        catch (EngineException ex)
        {
            throw new CliException(ExitCodes.Failure, ex.Message);
        }
    }
}
