using System.CommandLine;
using WhaiNot.Drafting.Contracts;
using WhaiNot.Drafting.Templates;

namespace WhaiNot.Cli.Commands;

/// <summary>whainot templates list: the installed templates as JSON (id, version, title, change metadata, sections).</summary>
internal static class TemplatesCommand
{
    public static Command Create(CliContext context)
    {
        var list = new Command("list", "Toont de geïnstalleerde sjablonen met hun secties.");
        list.SetAction(_ =>
        {
            var templates = DraftingInput.BadInput(TemplateLibrary.Shipped).All.Select(t => new
            {
                id = t.Id,
                version = t.Version,
                title = t.Title,
                date = t.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                owner = t.Owner,
                reason = t.Reason,
                sections = t.Sections.Select(s => new { id = s.Id, heading = s.Heading, required = s.Required, humanOnly = s.HumanOnly }),
            });
            context.Output.WriteLine(ContractJson.Write(templates));
            return ExitCodes.Success;
        });
        return new Command("templates", "Sjablonen voor verslagen.") { list };
    }
}
