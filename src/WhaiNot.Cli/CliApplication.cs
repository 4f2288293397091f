using System.CommandLine;
using WhaiNot.Cli.Commands;
using WhaiNot.Native.Runtime;
using WhaiNot.Security.Certificates;
using WhaiNot.Security.Keys;
using WhaiNot.Storage;

namespace WhaiNot.Cli;

/// <summary>The `whainot` command: builds the verb tree and maps failures to the contract's exit codes.</summary>
public static class CliApplication
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var context = new CliContext(output, error);
        var root = new RootCommand("WhaiNot Appliance: beheer vanaf de opdrachtregel.");
        root.Options.Add(context.DataOption);
        root.Subcommands.Add(VersionCommand.Create(context));
        root.Subcommands.Add(InitCommand.Create(context));
        root.Subcommands.Add(UsersCommand.Create(context));
        root.Subcommands.Add(TeamsCommand.Create(context));
        root.Subcommands.Add(AuditCommand.Create(context));
        root.Subcommands.Add(CertsCommand.Create(context));
        root.Subcommands.Add(RuntimeCommand.Create(context));
        root.Subcommands.Add(FixturesCommand.Create(context));
        root.Subcommands.Add(TranscribeCommand.Create(context));
        root.Subcommands.Add(BenchCommand.Create(context));
        root.Subcommands.Add(BackupCommand.Create(context));
        root.Subcommands.Add(RestoreCommand.Create(context));
        root.Subcommands.Add(StatusCommand.Create(context));
        root.Subcommands.Add(ModelsCommand.Create(context));
        root.Subcommands.Add(DraftCommand.Create(context));
        root.Subcommands.Add(VerifyCommand.Create(context));
        root.Subcommands.Add(TemplatesCommand.Create(context));
        root.Subcommands.Add(EvalCommand.Create(context));
        root.Subcommands.Add(StreamCommand.Create(context));
        root.Subcommands.Add(DayCommand.Create(context));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine(DutchParseErrors.Translate(problem.Message));
            }

            error.WriteLine("Gebruik --help voor de mogelijkheden.");
            return ExitCodes.BadInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (CliException ex)
        {
            error.WriteLine(ex.Message);
            return ex.ExitCode;
        }
        catch (ArgumentException ex)
        {
            error.WriteLine(ex.Message);
            return ExitCodes.BadInput;
        }
        catch (DuplicateException ex)
        {
            error.WriteLine(ex.Message);
            return ExitCodes.BadInput;
        }
        catch (Domain.Refusals.NotFoundRefusal ex)
        {
            // An unknown account named on the command line is a typing error: bad input.
            error.WriteLine(ex.Message);
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is StoreException or KeyFileException or CertificateException or RuntimeException or Native.EngineException)
        {
            error.WriteLine(ex.Message);
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine("Een bestand kon niet gelezen of geschreven worden: " + ex.Message);
            return ExitCodes.Failure;
        }
    }
}
