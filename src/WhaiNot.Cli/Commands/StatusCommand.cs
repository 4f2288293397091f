using System.CommandLine;
using System.Reflection;
using System.Text.Json;
using WhaiNot.Application.SystemInfo;

namespace WhaiNot.Cli.Commands;

/// <summary>
/// whainot status: the box's health for IT in one look (service, version, disk, certificate,
/// engines, last backup, audit chain). Exit 1 when something needs action now (broken audit chain,
/// disk too full to record), so a monitoring check can call it.
/// </summary>
internal static class StatusCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Uitvoer als JSON." };
        var command = new Command("status", "Toont de toestand van de appliance: service, schijf, certificaat, engines, laatste back-up, auditlog.") { json };
        command.SetAction(parse =>
        {
            var status = Read(context, parse);
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(JsonSerializer.Serialize(status, Json));
            }
            else
            {
                Print(context.Output, status);
            }

            return status.NeedsAttention ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }

    private static BoxStatus Read(CliContext context, ParseResult parse)
    {
        using (var admin = context.Admin(parse))
        {
            if (admin is not null)
            {
                return admin.Get("/admin/status").Deserialize<BoxStatus>(Json)!;
            }
        }

        // Stopped box: what the files tell; certificate and engines are only known to the running service.
        using var store = context.OpenStore(parse);
        var free = new DriveInfo(store.Folder.Root).AvailableFreeSpace;
        var disk = new DiskState(free, 1024L * 1024 * 1024, 4096L * 1024 * 1024);
        var version = typeof(StatusCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "?";
        return BoxStatus.Read(false, version, store.Folder, disk, store.Audit, store.Meta, null, null, null);
    }

    private static void Print(TextWriter output, BoxStatus status)
    {
        output.WriteLine($"Service:         {(status.ServiceRunning ? "draait" : "draait niet")} (versie {status.Version})");
        output.WriteLine($"Datamap:         {status.DataFolder}");
        if (status.ActiveConversations is { } active)
        {
            output.WriteLine($"Gesprekken:      {(active == 0 ? "geen opname of transcriptie bezig" : $"{active} bezig (opname, transcriptie of ontwerp)")}");
        }

        output.WriteLine($"Schijf:          {DiskTexts.Megabytes(status.FreeDiskBytes)} vrij — {DiskLine(status.Disk)}");
        output.WriteLine($"Certificaat:     {(status.CertificateExpires is { } expires ? $"geldig tot {Dutch.Date(expires)} ({(int)(expires - DateTimeOffset.UtcNow).TotalDays} dagen)" : "alleen bekend terwijl de service draait")}");
        output.WriteLine($"Engines:         {(status.Engines is null ? "alleen bekend terwijl de service draait" : status.Engines + (string.IsNullOrEmpty(status.EngineNotice) ? "" : " — " + status.EngineNotice))}");
        output.WriteLine($"Laatste back-up: {(status.LastBackup is { } when ? $"{Dutch.Date(when)} {when.ToLocalTime():HH:mm} naar {status.LastBackupPlace}" : "nog nooit — maak er een met 'whainot backup --to MAP'")}");
        output.WriteLine($"Auditlog:        {(status.AuditIntact ? $"intact ({status.AuditEntries} regels)" : $"GEBROKEN vanaf regel {status.AuditFirstBrokenSequence} — zie 'whainot audit verify'")}");
    }

    private static string DiskLine(string disk) => disk switch
    {
        "vol" => "VOL: nieuwe opnames worden geweigerd; maak ruimte",
        "bijna-vol" => "bijna vol: maak ruimte voor nieuwe opnames",
        _ => "in orde",
    };
}
