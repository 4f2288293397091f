using System.Globalization;
using WhaiNot.Domain.Access;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Templates;
using WhaiNot.Domain.Texts;
using WhaiNot.Drafting.Templates;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Reports;

/// <summary>
/// The report templates of this box: the shipped ones (stored once as version history) plus every
/// version a functional admin added. A new version never replaces an old one, so a report always
/// shows with the template version it recorded.
/// </summary>
public sealed class TemplateCatalog(TemplateStore stored, AuditLog audit, TimeProvider time)
{
    public const string SystemActor = "systeem";

    private readonly Lock _lock = new();
    private TemplateLibrary? _library;

    public TemplateLibrary Library
    {
        get
        {
            lock (_lock)
            {
                return _library ??= Load();
            }
        }
    }

    /// <summary>The template by id and version (latest when null).</summary>
    /// <exception cref="InvalidRequestRefusal">Unknown template or version.</exception>
    public DraftTemplate Find(string id, string? version = null) =>
        Library.TryFind(id, version, out var template) && template is not null
            ? template
            : throw new InvalidRequestRefusal($"Onbekend sjabloon '{id}'{(version is null ? "" : $" versie {version}")}. Kies er een uit GET /api/templates.");

    /// <summary>Every stored version with who added it when (the shipped ones by the system).</summary>
    public IReadOnlyDictionary<(string TemplateId, string Version), (string AddedBy, DateTimeOffset AddedAt)> History() =>
        stored.All().ToDictionary(t => (t.TemplateId, t.Version), t => (t.AddedBy, t.AddedAt));

    /// <summary>Adds a new version from its JSON definition (with its date, owner and reason).</summary>
    /// <exception cref="InvalidRequestRefusal">Invalid definition.</exception>
    /// <exception cref="ConflictRefusal">Not a newer version.</exception>
    /// <exception cref="NotAllowedRefusal">The role may not manage templates.</exception>
    public DraftTemplate Add(UserAccount user, string definition)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Disabled || !AccessPolicy.Has(user.Role, Permission.ManageTemplates))
        {
            throw new NotAllowedRefusal(AccessTexts.Forbidden);
        }

        DraftTemplate template;
        try
        {
            template = TemplateReader.Read(definition, "Het sjabloon");
        }
        catch (TemplateException ex)
        {
            throw new InvalidRequestRefusal(ex.Message);
        }

        lock (_lock)
        {
            if (Library.TryFind(template.Id, null, out var latest) && latest is not null && Number(template.Version) <= Number(latest.Version))
            {
                throw new ConflictRefusal($"Sjabloon '{template.Id}' heeft al versie {latest.Version}; een nieuwe versie moet hoger zijn. Bestaande versies wijzigen nooit.");
            }

            stored.Add(template.Id, template.Version, definition, user.Username, time.GetUtcNow());
            _library = null;
        }

        audit.Append(user.Username, AuditAction.TemplateAdd, $"template:{template.Id}:{template.Version}");
        return template;
    }

    private TemplateLibrary Load()
    {
        foreach (var definition in TemplateLibrary.ShippedDefinitions())
        {
            var shipped = TemplateReader.Read(definition, "ingebouwd sjabloon");
            if (!stored.Exists(shipped.Id, shipped.Version))
            {
                stored.Add(shipped.Id, shipped.Version, definition, SystemActor, time.GetUtcNow());
            }
        }

        return new TemplateLibrary(stored.All().Select(t => TemplateReader.Read(t.Definition, $"sjabloon '{t.TemplateId}' versie {t.Version}")));
    }

    private static double Number(string version) =>
        double.TryParse(version, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : 0;
}
