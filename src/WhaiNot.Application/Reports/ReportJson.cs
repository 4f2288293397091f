using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Reports;
using WhaiNot.Drafting.Contracts;

namespace WhaiNot.Application.Reports;

/// <summary>The API shape of a report: its version's facts, the AI statement, the content (draft contract) and the version history.</summary>
internal static class ReportJson
{
    public static object Describe(ReportView view, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(view);
        var v = view.Version;
        return new
        {
            id = v.ReportId,
            conversationId = v.ConversationId,
            version = v.Version,
            status = v.IsValidated ? "validated" : "draft",
            path = v.Engine.UsesAi ? "ai" : "alternative",
            template = new { id = v.TemplateId, version = v.TemplateVersion },
            engine = new { name = v.Engine.Name, model = v.Engine.Model, modelSha256 = v.Engine.ModelSha256 },
            createdAt = v.CreatedAt,
            createdBy = v.CreatedBy,
            validatedAt = v.ValidatedAt,
            validatedBy = v.ValidatedBy,
            contentSha256 = v.ContentSha256,
            editRatio = v.EditRatio,
            engineSentences = v.EngineSentences,
            unsupportedAtGeneration = v.UnsupportedAtGeneration,
            unsupportedNow = view.Content.Sections.Sum(s => s.Sentences.Count(t => t.Status == SentenceStatus.Unsupported)),
            aiStatement = AiStatement.For(v, view.ValidatorName, zone, view.Dictation),
            kind = view.Dictation ? "dictation" : "conversation",

            sourcesRemoved = view.SourcesRemoved,
            sourcesNotice = view.SourcesRemoved ? "bron verwijderd na intrekking toestemming" : null,
            content = System.Text.Json.JsonDocument.Parse(ContractJson.Write(view.Content)).RootElement.Clone(),
            versions = view.History.Select(h => new { version = h.Version, status = h.IsValidated ? "validated" : "draft", createdAt = h.CreatedAt, validatedAt = h.ValidatedAt, validatedBy = h.ValidatedBy }),
        };
    }
}
