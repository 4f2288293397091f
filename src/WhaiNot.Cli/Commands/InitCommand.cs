using System.CommandLine;
using WhaiNot.Security.Certificates;
using WhaiNot.Security.Keys;

namespace WhaiNot.Cli.Commands;

/// <summary>
/// whainot init: makes a new, empty box (master key, database, certificate authority) in the data
/// folder, the one explicit way besides the service's first start. An existing box is left as it is.
/// </summary>
internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("init", "Maakt een nieuwe, lege appliance in de datamap (sleutel, databank, CA). Een bestaande blijft ongewijzigd.");
        command.SetAction(parse =>
        {
            var folder = context.Folder(parse);
            var existed = File.Exists(folder.DatabasePath);
            using var store = context.CreateOrOpenStore(parse);
            try
            {
                // Exporting makes the CA on first use, so the box has it before any PC is set up.
                _ = new ApplianceCertificates(store.Folder.CertificatesFolder, store.MasterKey.DerivePassword(KeyPurpose.CertificateKeys)).ExportAuthorityPem();
            }
            catch (CertificateException ex)
            {
                throw new CliException(ExitCodes.Failure, ex.Message);
            }

            context.Output.WriteLine(existed
                ? $"In '{store.Folder.Root}' staat al een appliance; er is niets gewijzigd."
                : $"Nieuwe appliance gemaakt in '{store.Folder.Root}'. Maak een reservekopie van {store.Folder.MasterKeyPath} (apart van de gegevens).");
            return ExitCodes.Success;
        });
        return command;
    }
}
