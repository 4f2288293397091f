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

    /// <summary>
    /// Opens the box in the data folder. A folder without one is refused (exit 2, naming the folder):
    /// making a new box here would, for example, export a CA the running box doesn't use. Only the
    /// service's first start and <c>whainot init</c> create one (<see cref="CreateOrOpenStore"/>).
    /// </summary>
    public ApplianceStore OpenStore(ParseResult parse)
    {
        var folder = Folder(parse);
        if (!File.Exists(folder.DatabasePath))
        {
            throw new CliException(
                ExitCodes.BadInput,
                $"In de map '{folder.Root}' staat geen appliance. Klopt --data (of WHAINOT_DATA)? " +
                "Een nieuwe box maakt u met 'whainot init --data MAP' of door de service de eerste keer te starten.");
        }

        return Open(folder, createIfMissing: false);
    }

    /// <summary>
    /// The running service's admin channel for this folder, or null when no service runs there (then
    /// the verb opens the store itself with <see cref="OpenStore"/>).
    /// </summary>
    internal AdminClient? Admin(ParseResult parse) => AdminClient.TryConnect(Folder(parse));

    /// <summary>For <c>whainot init</c> only: creates key, database and CA on the very first run.</summary>
    public ApplianceStore CreateOrOpenStore(ParseResult parse) => Open(Folder(parse), createIfMissing: true);

    private static ApplianceStore Open(DataFolder folder, bool createIfMissing)
    {
        try
        {
            return ApplianceStore.Open(folder, createIfMissing: createIfMissing);
        }
        catch (Exception ex) when (ex is KeyFileException or StoreException)
        {
            throw new CliException(ExitCodes.Failure, ex.Message);
        }
    }
}
