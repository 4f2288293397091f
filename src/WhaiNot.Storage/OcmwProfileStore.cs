using LiteDB;
using WhaiNot.Domain.Ocmw;
using WhaiNot.Storage.Documents;

namespace WhaiNot.Storage;

/// <summary>The box's one OCMW profile, kept in the encrypted database like every other setting the box owns.</summary>
public sealed class OcmwProfileStore
{
    private const string ProfileId = "ocmw";

    private readonly ILiteCollection<OcmwProfileDocument> _profiles;

    internal OcmwProfileStore(LiteDatabase database) => _profiles = database.GetCollection<OcmwProfileDocument>("ocmwProfile");

    /// <summary>The stored profile, or <see cref="OcmwProfile.Empty"/> while nobody filled it in.</summary>
    public OcmwProfile Get() => _profiles.FindById(ProfileId) is { } d
        ? new OcmwProfile(d.Name, d.Address, d.DpoContact, d.ComplaintContact, d.Logo, d.LogoContentType)
        : OcmwProfile.Empty;

    public void Save(OcmwProfile profile, string updatedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(profile);
        _profiles.Upsert(new OcmwProfileDocument
        {
            Id = ProfileId,
            Name = profile.Name,
            Address = profile.Address,
            DpoContact = profile.DpoContact,
            ComplaintContact = profile.ComplaintContact,
            Logo = profile.Logo,
            LogoContentType = profile.LogoContentType,
            UpdatedAtUtc = at.UtcDateTime,
            UpdatedBy = updatedBy,
        });
    }
}
