using System.Globalization;
using System.Text;
using WhaiNot.Domain.Access;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.AiLog;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Texts;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Governance;

/// <summary>
/// The DPO's view of the AI log (AI Act art. 26.6): every engine draft's metadata as CSV or JSON,
/// and the AI register derived from it (each engine, model hash and template version and when it
/// was first and last used). No content and no client data are in it; each export is audited.
/// </summary>
public sealed class AiLogService(AiLogStore log, AuditLog audit)
{
    public static readonly string[] CsvColumns =
    [
        "reportId", "conversationId", "teamId", "createdAt", "createdBy", "engine", "model", "modelSha256", "templateId", "templateVersion",
        "engineSentences", "unsupportedAtGeneration", "outcome", "decidedBy", "decidedAt", "editRatio", "flagCategory",
    ];

    /// <summary>The entries created in the period (all when open), audited with the format.</summary>
    /// <exception cref="InvalidRequestRefusal">A period that ends before it starts.</exception>
    /// <exception cref="NotAllowedRefusal">Not the DPO.</exception>
    public IReadOnlyList<AiLogEntry> Export(UserAccount dpo, DateTimeOffset? from, DateTimeOffset? to, string format)
    {
        EnsureGovernance(dpo);
        if (from is { } f && to is { } t && t < f)
        {
            throw new InvalidRequestRefusal("Het einde van de periode ligt vóór het begin.");
        }

        var entries = log.Between(from ?? DateTimeOffset.MinValue, to ?? DateTimeOffset.MaxValue);
        audit.Append(dpo.Username, AuditAction.AiLogExport, null, $"format={format};entries={entries.Count}");
        return entries;
    }

    public static string Csv(IEnumerable<AiLogEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var csv = new StringBuilder().AppendJoin(',', CsvColumns).Append("\r\n");
        foreach (var e in entries)
        {
            csv.AppendJoin(',', new[]
            {
                e.ReportId.ToString(), e.ConversationId.ToString(), e.TeamId.ToString(), Time(e.CreatedAt), e.CreatedBy, e.EngineName, e.EngineModel ?? "",
                e.EngineModelSha256 ?? "", e.TemplateId, e.TemplateVersion, Number(e.EngineSentences), Number(e.UnsupportedAtGeneration), e.Outcome,
                e.DecidedBy ?? "", e.DecidedAt is { } at ? Time(at) : "", e.EditRatio is { } r ? r.ToString("0.####", CultureInfo.InvariantCulture) : "", e.FlagCategory ?? "",
            }.Select(Field)).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>The AI register for the DPO's screen; the same as <see cref="Register()"/>, after the role check.</summary>
    /// <exception cref="NotAllowedRefusal">Not the DPO.</exception>
    public IReadOnlyList<AiRegisterLine> Register(UserAccount dpo)
    {
        EnsureGovernance(dpo);
        return Register();
    }

    /// <summary>The AI register: what was put into use, and when first and last.</summary>
    public IReadOnlyList<AiRegisterLine> Register()
    {
        return log.All()
            .GroupBy(e => (e.EngineName, e.EngineModel, e.EngineModelSha256, e.TemplateId, e.TemplateVersion))
            .Select(g => new AiRegisterLine(g.Key.EngineName, g.Key.EngineModel, g.Key.EngineModelSha256, g.Key.TemplateId, g.Key.TemplateVersion, g.Min(e => e.CreatedAt), g.Max(e => e.CreatedAt), g.Count()))
            .OrderBy(l => l.FirstUsed)
            .ToList();
    }

    private static void EnsureGovernance(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Disabled || !AccessPolicy.Has(user.Role, Permission.ManageGovernance))
        {
            throw new NotAllowedRefusal(AccessTexts.Forbidden);
        }
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>RFC 4180 quoting; a leading formula character is neutralised so a spreadsheet never runs a cell.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}

/// <summary>One line of the AI register: an engine with its model (hash) and a template version, and when it was used.</summary>
public sealed record AiRegisterLine(string Engine, string? Model, string? ModelSha256, string TemplateId, string TemplateVersion, DateTimeOffset FirstUsed, DateTimeOffset LastUsed, int Drafts);
