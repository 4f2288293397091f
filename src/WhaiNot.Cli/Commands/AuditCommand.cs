using System.CommandLine;

namespace WhaiNot.Cli.Commands;

/// <summary>whainot audit verify</summary>
internal static class AuditCommand
{
    public static Command Create(CliContext context)
    {
        var verify = new Command("verify", "Controleert de hele auditketen en meldt de eerste gebroken schakel.");
        verify.SetAction(parse =>
        {
            using var store = context.OpenStore(parse);
            var result = store.Audit.Verify();
            if (result.IsIntact)
            {
                context.Output.WriteLine($"Auditlog intact: {result.EntriesChecked} regels gecontroleerd.");
                return ExitCodes.Success;
            }

            context.Error.WriteLine($"Auditlog gebroken bij regel {result.FirstBrokenSequence}: {result.Problem}");
            context.Error.WriteLine($"{result.EntriesChecked} regels ervoor zijn in orde.");
            return ExitCodes.Failure;
        });

        var command = new Command("audit", "Het auditlog.");
        command.Subcommands.Add(verify);
        return command;
    }
}
