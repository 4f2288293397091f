using LiteDB;
using WhaiNot.Storage.Documents;

namespace WhaiNot.Storage;

/// <summary>Named values the store keeps about itself.</summary>
public sealed class MetaStore
{
    private readonly ILiteCollection<MetaDocument> _meta;

    internal MetaStore(LiteDatabase database) => _meta = database.GetCollection<MetaDocument>("meta");

    public string? Get(string name) => _meta.FindById(name)?.Value;

    public void Set(string name, string value) => _meta.Upsert(new MetaDocument { Id = name, Value = value });
}
