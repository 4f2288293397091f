using System.CommandLine;
using WhaiNot.Security.Keys;
using WhaiNot.Storage;

namespace WhaiNot.Cli;

/// <summary>What every verb gets: the --data option, where to write, and a way to open the store.</summary>
public sealed class CliContext(TextWriter output, TextWriter error)
{
    public Option<string?> DataOption { get; } = new("--data")
    {
        Description = "De datamap van de appliance (standaard: WHAINOT_DATA, anders de map van de geïnstalleerde box).",
        Recursive = true,
    };

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Who the audit log names for actions taken from the command line.</summary>
    public static string Actor => "cli:" + Environment.UserName;

    public DataFolder Folder(ParseResult parse)
    {
        var given = parse.GetValue(DataOption);
        if (given is not null && string.IsNullOrWhiteSpace(given))
        {
            throw new CliException(ExitCodes.BadInput, "--data mag niet leeg zijn: geef de datamap van de appliance op.");
        }

        return DataFolder.Resolve(given);
    }

    /// <summary>Opens the store. Only verbs that change something may create a new one (<paramref name="createIfMissing"/>).</summary>
    public ApplianceStore OpenStore(ParseResult parse, bool createIfMissing = false)
    {
        try
        {
            return ApplianceStore.Open(Folder(parse), createIfMissing: createIfMissing);
        }
        catch (Exception ex) when (ex is KeyFileException or StoreException)
        {
            throw new CliException(ExitCodes.Failure, ex.Message);
        }
    }
}
