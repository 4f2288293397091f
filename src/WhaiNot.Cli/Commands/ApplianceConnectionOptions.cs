using System.CommandLine;
using WhaiNot.Cli.Streaming;

namespace WhaiNot.Cli.Commands;

/// <summary>--url, --user, --password and --ca: how the network verbs reach a running appliance.</summary>
internal sealed class ApplianceConnectionOptions
{
    public ApplianceConnectionOptions(bool required)
    {
        Url = new Option<string?>("--url") { Description = "Adres van de appliance, bijvoorbeeld https://whainot.ocmw.local:8443.", Required = required };
        User = new Option<string?>("--user") { Description = "Gebruikersnaam (een maatschappelijk werker).", Required = required };
        Password = new Option<string?>("--password") { Description = "Wachtwoord van die gebruiker.", Required = required };
        Ca = new Option<FileInfo?>("--ca")
        {
            Description = "CA-certificaat van de box om te vertrouwen (standaard: <data>/certs/ca.crt als dat bestaat, anders het certificaatarchief van het systeem).",
        };
    }

    public Option<string?> Url { get; }

    public Option<string?> User { get; }

    public Option<string?> Password { get; }

    public Option<FileInfo?> Ca { get; }

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Url);
        command.Options.Add(User);
        command.Options.Add(Password);
        command.Options.Add(Ca);
    }

    /// <summary>Whether --url was given (the bench then uses that appliance instead of starting its own).</summary>
    public bool Given(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var given = new[] { parse.GetValue(Url), parse.GetValue(User), parse.GetValue(Password) }.Count(v => v is not null);
        return given switch
        {
            0 => false,
            3 => true,
            _ => throw new CliException(ExitCodes.BadInput, "Geef --url, --user en --password samen, of geen van drie."),
        };
    }

    /// <summary>A client for the appliance at --url, trusting --ca or the data folder's CA; nothing is contacted yet.</summary>
    public ApplianceApi Connect(ParseResult parse, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(context);
        var url = ApplianceApi.ParseUrl(parse.GetValue(Url));
        var user = parse.GetValue(User);
        if (string.IsNullOrWhiteSpace(user) || string.IsNullOrEmpty(parse.GetValue(Password)))
        {
            throw new CliException(ExitCodes.BadInput, "Geef een gebruikersnaam (--user) en een wachtwoord (--password).");
        }

        var trust = ApplianceTrust.Resolve(parse.GetValue(Ca), context.Folder(parse).Root);
        return new ApplianceApi(url, trust, user.Trim(), parse.GetValue(Password)!);
    }
}
