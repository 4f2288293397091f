using System.CommandLine;
using WhaiNot.Security.Certificates;
using WhaiNot.Security.Keys;

namespace WhaiNot.Cli.Commands;

/// <summary>whainot certs export-ca: the CA certificate that IT distributes to the office PCs.</summary>
internal static class CertsCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<FileInfo?>("--out") { Description = "Bestand om naar te schrijven (standaard: het scherm)." };
        var export = new Command("export-ca", "Schrijft het CA-certificaat van de appliance (PEM) om op de werkposten te vertrouwen.") { output };
        export.SetAction(parse =>
        {
            using var store = context.OpenStore(parse);
            string pem;
            try
            {
                pem = new ApplianceCertificates(store.Folder.CertificatesFolder, store.MasterKey.DerivePassword(KeyPurpose.CertificateKeys)).ExportAuthorityPem();
            }
            catch (CertificateException ex)
            {
                throw new CliException(ExitCodes.Failure, ex.Message);
            }

            if (parse.GetValue(output) is { } file)
            {
                File.WriteAllText(file.FullName, pem);
                context.Output.WriteLine($"CA-certificaat geschreven naar {file.FullName}.");
            }
            else
            {
                context.Output.Write(pem);
            }

            return ExitCodes.Success;
        });

        var command = new Command("certs", "Certificaten van de appliance.");
        command.Subcommands.Add(export);
        return command;
    }
}
