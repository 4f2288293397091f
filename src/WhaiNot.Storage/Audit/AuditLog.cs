using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LiteDB;
using WhaiNot.Domain.Audit;
using WhaiNot.Security.Keys;
using WhaiNot.Storage.Documents;

namespace WhaiNot.Storage.Audit;

/// <summary>
/// Append-only, hash-chained audit log. Each entry's hash covers its fields and the previous hash;
/// the head (last sequence and hash) is also kept sealed with a key derived from the master key,
/// so cutting entries off the end is detected too, not only changes in the middle.
/// </summary>
public sealed class AuditLog
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";
    private const string HeadName = "auditHead";

    private readonly ILiteCollection<AuditDocument> _entries;
    private readonly ILiteCollection<MetaDocument> _meta;
    private readonly byte[] _sealKey;
    private readonly TimeProvider _time;
    private readonly Lock _appendLock = new();

    internal AuditLog(LiteDatabase database, MasterKey masterKey, TimeProvider time)
    {
        _entries = database.GetCollection<AuditDocument>("audit");
        _meta = database.GetCollection<MetaDocument>("meta");
        _sealKey = masterKey.DeriveKey(KeyPurpose.AuditSeal);
        _time = time;
    }

    public AuditEntry Append(string actor, string action, string? target, string outcome = "ok")
    {
        lock (_appendLock)
        {
            var last = _entries.Query().OrderByDescending(e => e.Id).Limit(1).FirstOrDefault();
            var document = new AuditDocument
            {
                Id = (last?.Id ?? 0) + 1,
                // LiteDB keeps milliseconds; hash exactly what is stored so verification agrees.
                TimeUtc = TruncateToMilliseconds(_time.GetUtcNow().UtcDateTime),
                Actor = actor,
                Action = action,
                Target = target,
                Outcome = outcome,
                PreviousHash = last?.Hash ?? GenesisHash,
            };
            document.Hash = ComputeHash(document);
            _entries.Insert(document);
            _meta.Upsert(new MetaDocument { Id = HeadName, Value = SealHead(document.Id, document.Hash) });
            return ToEntry(document);
        }
    }

    /// <summary>Entries in append order, starting after <paramref name="afterSequence"/>.</summary>
    public IReadOnlyList<AuditEntry> Read(long afterSequence, int limit) =>
        _entries.Query().Where(e => e.Id > afterSequence).OrderBy(e => e.Id).Limit(limit).ToEnumerable().Select(ToEntry).ToList();

    public long Count() => _entries.LongCount();

    /// <summary>Every entry whose target passes <paramref name="about"/>, in order (the client's access request: the entries about one dossier).</summary>
    public IReadOnlyList<AuditEntry> About(Func<string, bool> about)
    {
        ArgumentNullException.ThrowIfNull(about);
        return _entries.Find(e => e.Target != null).Where(e => about(e.Target!)).OrderBy(e => e.Id).Select(ToEntry).ToList();
    }

    /// <summary>Entries in append order that meet every condition of <paramref name="query"/>.</summary>
    public IReadOnlyList<AuditEntry> Search(AuditQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var found = _entries.Query().Where(e => e.Id > query.AfterSequence);
        if (query.Action is { } action)
        {
            found = found.Where(e => e.Action == action);
        }

        if (query.Actor is { } actor)
        {
            var upper = actor.ToUpperInvariant();
            found = found.Where(e => e.Actor.ToUpperInvariant() == upper);
        }

        if (query.FromUtc is { } from)
        {
            var start = from.UtcDateTime;
            found = found.Where(e => e.TimeUtc >= start);
        }

        if (query.ToUtc is { } to)
        {
            var end = to.UtcDateTime;
            found = found.Where(e => e.TimeUtc < end);
        }

        return found.OrderBy(e => e.Id).Limit(query.Limit).ToEnumerable().Select(ToEntry).ToList();
    }

    public AuditVerification Verify()
    {
        var expectedPrevious = GenesisHash;
        long expectedSequence = 1;
        long checkedCount = 0;
        foreach (var entry in _entries.Query().OrderBy(e => e.Id).ToEnumerable())
        {
            if (entry.Id != expectedSequence)
            {
                return new(checkedCount, expectedSequence, $"Regel {expectedSequence} ontbreekt (volgende gevonden regel: {entry.Id}).");
            }

            if (entry.PreviousHash != expectedPrevious)
            {
                return new(checkedCount, entry.Id, $"Regel {entry.Id} verwijst niet naar de vorige regel.");
            }

            if (entry.Hash != ComputeHash(entry))
            {
                return new(checkedCount, entry.Id, $"De inhoud van regel {entry.Id} is gewijzigd.");
            }

            expectedPrevious = entry.Hash;
            expectedSequence++;
            checkedCount++;
        }

        var head = _meta.FindById(HeadName)?.Value;
        var lastSequence = expectedSequence - 1;
        if (head is null && lastSequence == 0)
        {
            return new(0, null, null);
        }

        if (head is null || head != SealHead(lastSequence, expectedPrevious))
        {
            return new(checkedCount, lastSequence + 1, "Het einde van de keten klopt niet: er zijn regels verwijderd of de kop is gewijzigd.");
        }

        return new(checkedCount, null, null);
    }

    private static string ComputeHash(AuditDocument entry)
    {
        var canonical = string.Join('\n',
            entry.Id.ToString(CultureInfo.InvariantCulture),
            DateTime.SpecifyKind(entry.TimeUtc, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture),
            entry.Actor,
            entry.Action,
            entry.Target ?? "",
            entry.Outcome,
            entry.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private string SealHead(long sequence, string hash)
    {
        var mac = HMACSHA256.HashData(_sealKey, Encoding.UTF8.GetBytes(sequence.ToString(CultureInfo.InvariantCulture) + ":" + hash));
        return $"{sequence}:{hash}:{Convert.ToHexStringLower(mac)}";
    }

    private static DateTime TruncateToMilliseconds(DateTime time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);

    private static AuditEntry ToEntry(AuditDocument doc) => new(
        doc.Id,
        new DateTimeOffset(DateTime.SpecifyKind(doc.TimeUtc, DateTimeKind.Utc)),
        doc.Actor,
        doc.Action,
        doc.Target,
        doc.Outcome,
        doc.PreviousHash,
        doc.Hash);
}
