using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Templates;
using WhaiNot.Domain.Transcripts;
using WhaiNot.Drafting.Contracts;
using WhaiNot.Drafting.Templates;

namespace WhaiNot.Cli.Commands;

/// <summary>Reads the inputs of the drafting verbs; a missing file or one that breaks its contract is bad input (exit 2).</summary>
internal static class DraftingInput
{
    public static Transcript Transcript(FileInfo file) => Guard(file, "transcript", () => TranscriptReader.ReadFile(file.FullName));

    public static Draft Draft(FileInfo file) => Guard(file, "concept", () => DraftReader.ReadFile(file.FullName));

    public static DraftTemplate Template(string id, string? version) => BadInput(() => TemplateLibrary.Shipped().Find(id, version));

    public static T BadInput<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is ContractException or TemplateException)
        {
            throw new CliException(ExitCodes.BadInput, ex.Message);
        }
    }

    private static T Guard<T>(FileInfo file, string what, Func<T> read)
    {
        if (!file.Exists)
        {
            throw new CliException(ExitCodes.BadInput, $"Het {what}bestand '{file.FullName}' bestaat niet.");
        }

        return BadInput(read);
    }
}
