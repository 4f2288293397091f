using System.Globalization;
using WhaiNot.Appliance.Consent;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Templates;
using WhaiNot.Drafting.Templates;
using WhaiNot.Storage;

namespace WhaiNot.Appliance.Reports;

/// <summary>
/// The report templates of this box: the shipped ones (stored once as version history) plus every
/// version a functional admin added. A new version never replaces an old one, so a report always
/// shows with the template version it recorded.
/// </summary>
public sealed class TemplateCatalog(ApplianceStore store, TimeProvider time)
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
    /// <exception cref="ConsentException">Unknown template or version (400).</exception>
    public DraftTemplate Find(string id, string? version = null) =>
        Library.TryFind(id, version, out var template) && template is not null
            ? template
            : throw new ConsentException(StatusCodes.Status400BadRequest, $"Onbekend sjabloon '{id}'{(version is null ? "" : $" versie {version}")}. Kies er een uit GET /api/templates.");

    /// <summary>Adds a new version from its JSON definition (with its date, owner and reason).</summary>
    /// <exception cref="ConsentException">Invalid definition (400) or not a newer version (409).</exception>
    public DraftTemplate Add(UserAccount user, string definition)
    {
        ArgumentNullException.ThrowIfNull(user);
        DraftTemplate template;
        try
        {
            template = TemplateReader.Read(definition, "Het sjabloon");
        }
        catch (TemplateException ex)
        {
            throw new ConsentException(StatusCodes.Status400BadRequest, ex.Message);
        }

        lock (_lock)
        {
            if (Library.TryFind(template.Id, null, out var latest) && latest is not null && Number(template.Version) <= Number(latest.Version))
            {
                throw new ConsentException(StatusCodes.Status409Conflict, $"Sjabloon '{template.Id}' heeft al versie {latest.Version}; een nieuwe versie moet hoger zijn. Bestaande versies wijzigen nooit.");
            }

            store.Templates.Add(template.Id, template.Version, definition, user.Username, time.GetUtcNow());
            _library = null;
        }

        store.Audit.Append(user.Username, AuditAction.TemplateAdd, $"template:{template.Id}:{template.Version}");
        return template;
    }

    private TemplateLibrary Load()
    {
        foreach (var definition in TemplateLibrary.ShippedDefinitions())
        {
            var shipped = TemplateReader.Read(definition, "ingebouwd sjabloon");
            if (!store.Templates.Exists(shipped.Id, shipped.Version))
            {
                store.Templates.Add(shipped.Id, shipped.Version, definition, SystemActor, time.GetUtcNow());
            }
        }

        return new TemplateLibrary(store.Templates.All().Select(t => TemplateReader.Read(t.Definition, $"sjabloon '{t.TemplateId}' versie {t.Version}")));
    }

    private static double Number(string version) =>
        double.TryParse(version, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : 0;
}
