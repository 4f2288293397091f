using LiteDB;
using WhaiNot.Storage.Documents;

namespace WhaiNot.Storage;

/// <summary>
/// The models IT imported on this box, with the SHA-256 pinned at import. Kept in the encrypted
/// database, so the pin can't be changed by editing a file next to the model.
/// </summary>
public sealed class ImportedModelStore
{
    private readonly ILiteCollection<ImportedModelDocument> _models;

    internal ImportedModelStore(LiteDatabase database) => _models = database.GetCollection<ImportedModelDocument>("importedModels");

    public IReadOnlyList<ImportedModel> All() =>
        [.. _models.FindAll().OrderBy(d => d.ImportedAtUtc).Select(d => new ImportedModel(d.Name, d.Id, d.Engine, d.Sha256, d.SizeBytes, d.Unlisted, new DateTimeOffset(d.ImportedAtUtc, TimeSpan.Zero), d.ImportedBy))];

    public void Save(ImportedModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _models.Upsert(new ImportedModelDocument
        {
            Id = model.File,
            Name = model.Name,
            Engine = model.Engine,
            Sha256 = model.Sha256,
            SizeBytes = model.SizeBytes,
            Unlisted = model.Unlisted,
            ImportedAtUtc = model.ImportedAt.UtcDateTime,
            ImportedBy = model.ImportedBy,
        });
    }
}

/// <summary>One imported model file. <paramref name="Unlisted"/>: not in the shipped manifest, admitted by IT with --allow-unlisted.</summary>
public sealed record ImportedModel(string Name, string File, string Engine, string Sha256, long SizeBytes, bool Unlisted, DateTimeOffset ImportedAt, string ImportedBy);
