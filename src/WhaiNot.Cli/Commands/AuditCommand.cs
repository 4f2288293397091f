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
            var (intact, checkedCount, broken, problem) = Verify(context, parse);
            if (intact)
            {
                context.Output.WriteLine($"Auditlog intact: {checkedCount} regels gecontroleerd.");
                return ExitCodes.Success;
            }

            context.Error.WriteLine($"Auditlog gebroken bij regel {broken}: {problem}");
            context.Error.WriteLine($"{checkedCount} regels ervoor zijn in orde.");
            return ExitCodes.Failure;
        });

        var command = new Command("audit", "Het auditlog.");
        command.Subcommands.Add(verify);
        return command;
    }

    /// <summary>Through the running service when there is one, else on the store itself.</summary>
    internal static (bool Intact, long EntriesChecked, long? FirstBroken, string? Problem) Verify(CliContext context, ParseResult parse)
    {
        using var admin = context.Admin(parse);
        if (admin is not null)
        {
            var answer = admin.Post("/admin/audit/verify");
            var broken = answer.GetProperty("firstBrokenSequence");
            return (answer.GetProperty("intact").GetBoolean(), answer.GetProperty("entriesChecked").GetInt64(),
                broken.ValueKind == System.Text.Json.JsonValueKind.Number ? broken.GetInt64() : null, answer.GetProperty("problem").GetString());
        }

        using var store = context.OpenStore(parse);
        var result = store.Audit.Verify();
        return (result.IsIntact, result.EntriesChecked, result.FirstBrokenSequence, result.Problem);
    }
}
