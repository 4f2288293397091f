using LiteDB;
using WhaiNot.Storage.Documents;

namespace WhaiNot.Storage;

/// <summary>
/// Every version of every report template the box has known, as its JSON definition (which carries
/// its own version, date, owner and reason) plus who added it and when. Versions are only ever
/// added, so a report can always be shown with the template version it was written in.
/// </summary>
public sealed class TemplateStore
{
    private readonly ILiteCollection<TemplateDocument> _templates;

    internal TemplateStore(LiteDatabase database)
    {
        _templates = database.GetCollection<TemplateDocument>("templates");
    }

    internal void EnsureIndexes() => _templates.EnsureIndex(t => t.TemplateId);

    public bool Exists(string templateId, string version) => _templates.FindById(DocumentId(templateId, version)) is not null;

    /// <exception cref="DuplicateException">That version of the template is already there.</exception>
    public void Add(string templateId, string version, string definition, string addedBy, DateTimeOffset at)
    {
        if (Exists(templateId, version))
        {
            throw new DuplicateException($"Versie {version} van sjabloon '{templateId}' bestaat al; een bestaande versie wijzigt nooit.");
        }

        _templates.Insert(new TemplateDocument
        {
            Id = DocumentId(templateId, version),
            TemplateId = templateId,
            Version = version,
            Definition = definition,
            AddedAtUtc = at.UtcDateTime,
            AddedBy = addedBy,
        });
    }

    public string? Definition(string templateId, string version) => _templates.FindById(DocumentId(templateId, version))?.Definition;

    /// <summary>All stored versions: (template id, version, definition, added by, added at).</summary>
    public IReadOnlyList<(string TemplateId, string Version, string Definition, string AddedBy, DateTimeOffset AddedAt)> All() =>
        _templates.FindAll()
            .Select(t => (t.TemplateId, t.Version, t.Definition, t.AddedBy, new DateTimeOffset(DateTime.SpecifyKind(t.AddedAtUtc, DateTimeKind.Utc))))
            .ToList();

    private static string DocumentId(string templateId, string version) => templateId + ":" + version;
}
