using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.Options;
using WhaiNot.Application.Engines;
using WhaiNot.Application.Settings;
using WhaiNot.Application.SystemInfo;
using WhaiNot.Domain.Refusals;
using WhaiNot.Storage;

namespace WhaiNot.Cli.Commands;

/// <summary>
/// whainot models import --from DIR [--allow-unlisted]: brings model files from a USB stick or share
/// into the box, checked against the manifest. While the service runs it imports through the admin
/// channel and the engines switch to the new model without a restart.
/// </summary>
internal static class ModelsCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Command Create(CliContext context)
    {
        var from = new Option<DirectoryInfo>("--from") { Description = "Map met de modelbestanden (.bin voor Whisper, .gguf voor het taalmodel).", Required = true };
        var allowUnlisted = new Option<bool>("--allow-unlisted") { Description = "Laat ook modellen toe die niet in de lijst staan (de SHA-256 komt in elke AI-verklaring)." };
        var import = new Command("import", "Importeert modelbestanden, gecontroleerd tegen de lijst van ondersteunde modellen.") { from, allowUnlisted };
        import.SetAction(parse =>
        {
            var source = parse.GetValue(from)!.FullName;
            var unlisted = parse.GetValue(allowUnlisted);
            IReadOnlyList<ModelImportResult> results;
            bool live;
            using (var admin = context.Admin(parse))
            {
                live = admin is not null;
                results = admin is not null
                    ? admin.Post("/admin/models/import", new { from = source, allowUnlisted = unlisted }).Deserialize<List<ModelImportResult>>(Json)!
                    : ImportOffline(context, parse, source, unlisted);
            }

            foreach (var model in results)
            {
                context.Output.WriteLine(Dutch.Format($"{model.File}: {(model.AlreadyPresent ? "stond er al" : "geïmporteerd")} als '{model.Name}' ({model.Engine}, {model.SizeBytes / (1024.0 * 1024.0):N0} MB), SHA-256 {model.Sha256}{(model.Unlisted ? " — niet in de lijst, toegelaten met --allow-unlisted" : "")}."));
            }

            context.Output.WriteLine(live
                ? "De service gebruikt de nieuwe modellen meteen (een opname die loopt, gaat over op het nieuwe model zodra het geladen is)."
                : "De service gebruikt de modellen vanaf de volgende start.");
            return ExitCodes.Success;
        });

        return new Command("models", "Modellen van de box.") { import };
    }

    private static IReadOnlyList<ModelImportResult> ImportOffline(CliContext context, ParseResult parse, string source, bool allowUnlisted)
    {
        using var store = context.OpenStore(parse);
        var disk = new DiskSpace(new SystemFacts(store.Folder, store.Accounts, store.Dossiers, store.Audit), Options.Create(new ApplianceOptions()));
        var importer = new ModelImporter(new ModelCatalog(store.Models), store.Models, store.Folder, disk, store.Audit, TimeProvider.System);
        try
        {
            return importer.Import(CliContext.Actor, source, allowUnlisted);
        }
        catch (Refusal ex)
        {
            // The files brought are not what the box takes: bad input, as through the service (400).
            throw new CliException(ExitCodes.BadInput, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.Failure, ex.Message);
        }
    }
}
