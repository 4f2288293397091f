using Microsoft.Extensions.Options;
using WhaiNot.Application.Settings;
using WhaiNot.Domain.Access;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Ocmw;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Texts;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Ocmw;

/// <summary>
/// The OCMW profile: any signed-in account reads it, the functional admin writes it (audited), and
/// letters and reports take the OCMW's name and contacts from it — so a client never gets a letter
/// from a placeholder "OCMW" on a real box.
/// </summary>
public sealed class OcmwProfileService(OcmwProfileStore store, AuditLog audit, TimeProvider time, IOptions<ApplianceOptions> options)
{
    private const int MaxName = 200;
    private const int MaxField = 500;

    public OcmwProfile Read() => store.Get();

    /// <exception cref="NotAllowedRefusal">The role may not manage the box's settings.</exception>
    /// <exception cref="InvalidRequestRefusal">A field is missing or too long, or the logo is not a PNG or JPEG within the limit.</exception>
    public OcmwProfile Save(UserAccount user, OcmwProfileInput input)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        if (user.Disabled || !AccessPolicy.Has(user.Role, Permission.ManageUsers))
        {
            throw new NotAllowedRefusal(AccessTexts.Forbidden);
        }

        var name = Clean(input.Name);
        var address = Clean(input.Address);
        var dpo = Clean(input.DpoContact);
        var complaint = Clean(input.ComplaintContact);
        if (name.Length == 0 || address.Length == 0 || dpo.Length == 0 || complaint.Length == 0)
        {
            throw new InvalidRequestRefusal(AdministrationTexts.OcmwProfileFields);
        }

        if (name.Length > MaxName || address.Length > MaxField || dpo.Length > MaxField || complaint.Length > MaxField)
        {
            throw new InvalidRequestRefusal(AdministrationTexts.OcmwProfileTooLong);
        }

        string? logoType = null;
        if (input.Logo is { } logo)
        {
            if (logo.Length > LogoImage.MaxBytes)
            {
                throw new InvalidRequestRefusal(AdministrationTexts.LogoTooLarge(LogoImage.MaxBytes / 1024));
            }

            logoType = LogoImage.ContentTypeOf(logo) ?? throw new InvalidRequestRefusal(AdministrationTexts.LogoType);
        }

        var profile = new OcmwProfile(name, address, dpo, complaint, input.Logo, logoType);
        store.Save(profile, user.Username, time.GetUtcNow());
        audit.Append(user.Username, AuditAction.OcmwProfileWrite, "ocmw-profile");
        return profile;
    }

    /// <summary>Whether <see cref="ForDocuments"/> gives a profile (so screens can say why a download is not offered).</summary>
    public bool CanMakeDocuments => options.Value.Demo || store.Get().IsComplete;

    /// <summary>
    /// The profile a letter or report is made with. A demo box that has none yet uses the
    /// configured name; a real box refuses until the functional admin filled it in.
    /// </summary>
    /// <exception cref="ConflictRefusal">The profile is still empty on a box that is not a demo.</exception>
    public OcmwProfile ForDocuments()
    {
        var profile = store.Get();
        if (profile.IsComplete)
        {
            return profile;
        }

        return options.Value.Demo
            ? OcmwProfile.Empty with { Name = options.Value.OcmwName }
            : throw new ConflictRefusal(AdministrationTexts.OcmwProfileMissing);
    }

    /// <summary>Trimmed, line ends as \n, no other control characters (they would break a document line).</summary>
    private static string Clean(string? value) =>
        new string((value ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Where(c => c == '\n' || !char.IsControl(c)).ToArray()).Trim();
}
