using Microsoft.Extensions.Options;
using WhaiNot.Application.Engines;
using WhaiNot.Application.Settings;
using WhaiNot.Application.Transcription;
using WhaiNot.Domain.Access;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Texts;

namespace WhaiNot.Application.SystemInfo;

/// <summary>The box's state for the IT admin (API and web app): version, disk, certificate, engines, counts.</summary>
public sealed class SystemOverviewService(SystemFacts facts, HostFacts host, EngineStatus engines, SpeechEngine speech, IOptions<ApplianceOptions> options, TimeProvider time)
{
    /// <summary>Below this many days the certificate needs attention (the box renews it at a restart from 30 days before expiry).</summary>
    public const int CertificateWarningDays = 30;

    /// <exception cref="NotAllowedRefusal">The role may not manage the system.</exception>
    public SystemOverview For(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Disabled || !AccessPolicy.Has(user.Role, Permission.ManageSystem))
        {
            throw new NotAllowedRefusal(AccessTexts.Forbidden);
        }

        var daysLeft = (int)Math.Floor((host.ServerCertificateExpires - time.GetUtcNow()).TotalDays);
        return new SystemOverview(
            host.Version,
            facts.DataFolder,
            facts.FreeDiskBytes,
            host.ServerCertificateExpires,
            host.ServerCertificateThumbprint,
            daysLeft,
            daysLeft < CertificateWarningDays,
            engines.State,
            engines.Notice,
            options.Value.Transcription.Variant == "cpu" ? "cpu" : "cuda",
            speech.IsLoaded ? speech.OnGpu : null,
            facts.Users,
            facts.Dossiers,
            facts.AuditEntries);
    }
}
