using System.Text;
using LiteDB;
using WhaiNot.Domain.Dossiers;
using WhaiNot.Storage.Documents;
using JsonSerializer = System.Text.Json.JsonSerializer;
using JsonSerializerDefaults = System.Text.Json.JsonSerializerDefaults;
using JsonSerializerOptions = System.Text.Json.JsonSerializerOptions;

namespace WhaiNot.Storage;

/// <summary>
/// Dossiers. The client's personal data is sealed with the dossier's own data key (AES-GCM) on top
/// of the database encryption, so it never sits in the file in a form the page cipher alone opens.
/// </summary>
public sealed class DossierRepository
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ILiteCollection<DossierDocument> _dossiers;
    private readonly DataKeyStore _keys;

    internal DossierRepository(LiteDatabase database, DataKeyStore keys)
    {
        _dossiers = database.GetCollection<DossierDocument>("dossiers");
        _keys = keys;
    }

    internal void EnsureIndexes()
    {
        _dossiers.EnsureIndex(d => d.TeamId);
        _dossiers.EnsureIndex(d => d.ClientId);
    }

    public Dossier Create(Guid teamId, string reference, ClientProfile client, DateTimeOffset openedAt)
    {
        ArgumentNullException.ThrowIfNull(client);
        var id = Guid.NewGuid();
        using var key = _keys.Create(DataKeyStore.DossierOwner(id));
        var document = new DossierDocument
        {
            Id = id,
            ClientId = Guid.NewGuid(),
            TeamId = teamId,
            Reference = reference,
            OpenedAtUtc = openedAt.UtcDateTime,
            SealedClient = key.Seal(JsonSerializer.SerializeToUtf8Bytes(client, Json), Context(id)),
        };
        _dossiers.Insert(document);
        return new Dossier(id, document.ClientId, teamId, reference, openedAt, client);
    }

    public Dossier? Find(Guid id) => _dossiers.FindById(id) is { } doc ? Open(doc) : null;

    /// <summary>The team a dossier belongs to, without opening its content (for access checks).</summary>
    public Guid? FindTeamOf(Guid id) => _dossiers.FindById(id)?.TeamId;

    public IReadOnlyList<Dossier> ListForTeam(Guid teamId) =>
        _dossiers.Find(d => d.TeamId == teamId).Select(Open).OrderBy(d => d.Reference, StringComparer.Ordinal).ToList();

    /// <summary>The reference of each of a team's dossiers, without opening their content (for lists that only name the dossier).</summary>
    public IReadOnlyDictionary<Guid, string> ReferencesForTeam(Guid teamId) =>
        _dossiers.Find(d => d.TeamId == teamId).ToDictionary(d => d.Id, d => d.Reference);

    public int Count() => _dossiers.Count();

    public void SetLegalHold(Guid id, bool legalHold)
    {
        var document = _dossiers.FindById(id) ?? throw new StoreException("Dit dossier bestaat niet.");
        document.LegalHold = legalHold;
        _dossiers.Update(document);
    }

    private Dossier Open(DossierDocument doc)
    {
        using var key = _keys.Find(DataKeyStore.DossierOwner(doc.Id))
            ?? throw new StoreException($"De sleutel van dossier {doc.Reference} ontbreekt.");
        var client = JsonSerializer.Deserialize<ClientProfile>(key.Open(doc.SealedClient, Context(doc.Id)), Json)
            ?? throw new StoreException($"De cliëntgegevens van dossier {doc.Reference} zijn onleesbaar.");
        return new Dossier(doc.Id, doc.ClientId, doc.TeamId, doc.Reference, new DateTimeOffset(DateTime.SpecifyKind(doc.OpenedAtUtc, DateTimeKind.Utc)), client, doc.LegalHold);
    }

    private static byte[] Context(Guid dossierId) => Encoding.UTF8.GetBytes("dossier-client:" + dossierId.ToString("N"));
}
