using System.ComponentModel.DataAnnotations;

namespace WhaiNot.Application.Settings;

/// <summary>Settings of the appliance host, bound to the "Appliance" section (defaults in firmware-config/).</summary>
public sealed class ApplianceOptions
{
    public const string SectionName = "Appliance";

    [Required]
    public string OcmwName { get; set; } = "OCMW";

    /// <summary>Extra host names or IP addresses the server certificate must cover (besides the machine's own).</summary>
    public List<string> HostNames { get; set; } = [];

    [Range(5, 24 * 60)]
    public int TokenLifetimeMinutes { get; set; } = 480;

    [Range(5, 24 * 60)]
    public int CookieLifetimeMinutes { get; set; } = 480;

    public bool Demo { get; set; }

    /// <summary>With --demo: install the CPU runtime and the self-made test models when no real model is there.</summary>
    public bool DemoEngines { get; set; } = true;

    /// <summary>A folder with the engine tarballs for an offline demo; empty: the npm registry (demo only).</summary>
    public string RuntimeSource { get; set; } = "";

    /// <summary>Where the engine runtime is installed; empty: the data folder's runtime/.</summary>
    public string RuntimeFolder { get; set; } = "";

    [Required]
    public TranscriptionOptions Transcription { get; set; } = new();

    /// <summary>Speaker attribution (<c>Appliance:Speakers</c>): the embedder slot and its thresholds.</summary>
    public WhaiNot.Speech.Speakers.SpeakerEmbedderSettings Speakers { get; set; } = new();

    [Required]
    public DraftingOptions Drafting { get; set; } = new();

    /// <summary>Days from the end of a conversation to the report deadline: the same on both paths.</summary>
    [Range(1, 60)]
    public int ReportDeadlineDays { get; set; } = 7;

    /// <summary>The day overview shows the legal terms that end within this many days (and those passed).</summary>
    [Range(0, 90)]
    public int TermWarningDays { get; set; } = 14;

    /// <summary>The day overview shows the worker's conversations that ended within this many days.</summary>
    [Range(1, 60)]
    public int RecentConversationDays { get; set; } = 7;

    /// <summary>The OCMW's time zone, for periods in reports.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Brussels";

    /// <summary>
    /// Below this much free disk in the data folder no new recording starts; recordings already
    /// running go on (a chunk is acknowledged only once stored, so nothing acknowledged is lost).
    /// </summary>
    [Range(64, 10_000_000)]
    public int MinimumFreeDiskMegabytes { get; set; } = 1024;

    /// <summary>Below this much free disk the box logs a warning at every check and /health says "bijna-vol".</summary>
    [Range(64, 10_000_000)]
    public int DiskWarningMegabytes { get; set; } = 4096;

    [Required]
    public RetentionOptions Retention { get; set; } = new();

    [Required]
    public KpiOptions Kpis { get; set; } = new();

    [Required]
    public LockoutOptions Lockout { get; set; } = new();

    [Required]
    public PasswordHashingOptions PasswordHashing { get; set; } = new();
}
