using System.Text.Json;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Dossiers;
using WhaiNot.Domain.Ocmw;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Appliance.Demo;

/// <summary>
/// Seeds a demo OCMW once: two teams (so "another team's dossier" can be tried), one account per
/// role, and a few fictitious clients. Passwords are random and written to demo-credentials.json
/// for the owner only; running --demo again changes nothing.
/// </summary>
public sealed class DemoSeeder(MetaStore meta, AccountRepository accounts, DossierRepository dossiers, AuditLog audit, DataFolder folder, AccountAdministration admin, OcmwProfileStore ocmwProfile, TimeProvider time)
{
    public const string Actor = "system:demo";
    private const string MarkerName = "demoSeeded";
    private const string TeamNorth = "Sociale dienst Noord";
    private const string TeamSouth = "Sociale dienst Zuid";

    private static readonly OcmwProfile DemoOcmw = new(
        "OCMW Voorbeeldstad (demo)",
        "Marktplein 1\n9999 Voorbeeldstad",
        "dpo@voorbeeldstad.example, 09 000 00 00",
        "klachten@voorbeeldstad.example, of met een brief aan het OCMW");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Returns true when it seeded now, false when the demo was already there.</summary>
    public bool SeedOnce()
    {
        // Also on a demo box seeded before the profile existed, so its letters name a (fictitious) OCMW.
        if (!ocmwProfile.Get().IsComplete)
        {
            ocmwProfile.Save(DemoOcmw, Actor, time.GetUtcNow());
        }

        if (meta.Get(MarkerName) is not null)
        {
            return false;
        }

        admin.AddTeam(Actor, TeamNorth);
        admin.AddTeam(Actor, TeamSouth);
        var credentials = new List<DemoCredential>
        {
            Add("worker", "an.peeters", "An Peeters", TeamNorth),
            Add("teamlead", "els.maes", "Els Maes", TeamNorth),
            Add("functional-admin", "frank.beheer", "Frank Wouters", null),
            Add("dpo", "dina.dpo", "Dina Claes", null),
            Add("it-admin", "ivan.it", "Ivan Jacobs", null),
            Add("worker", "tom.zuid", "Tom De Smet", TeamSouth),
        };

        var north = accounts.FindTeam(TeamNorth)!.Id;
        var south = accounts.FindTeam(TeamSouth)!.Id;
        var now = time.GetUtcNow();
        foreach (var (team, reference, client) in DemoClients.All(north, south))
        {
            dossiers.Create(team, reference, client, now);
        }

        WriteCredentials(folder.DemoCredentialsPath, credentials);
        meta.Set(MarkerName, now.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        audit.Append(Actor, AuditAction.DemoSeeded, null);
        return true;
    }

    private DemoCredential Add(string role, string username, string displayName, string? team)
    {
        var (_, password) = admin.AddUser(Actor, username, displayName, role, team);
        return new DemoCredential(role, username, password, team);
    }

    private static void WriteCredentials(string path, List<DemoCredential> credentials)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, options);
        JsonSerializer.Serialize(stream, credentials, Json);
    }
}
