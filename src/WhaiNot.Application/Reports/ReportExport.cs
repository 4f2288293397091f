using WhaiNot.Application.Ocmw;
using WhaiNot.Application.Settings;
using WhaiNot.Documents;
using WhaiNot.Documents.Reports;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Reports;
using WhaiNot.Domain.Texts;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Reports;

/// <summary>
/// A report version as DOCX or PDF in the house style: sources as time references (or "bron
/// verwijderd na intrekking toestemming" once the transcript is gone), the AI statement, and the
/// ONTWERP mark on anything not validated. Every export is audited.
/// </summary>
public sealed class ReportExport(ReportService reports, DossierRepository dossiers, ConversationRepository conversations, AccountRepository accounts, TranscriptStore transcripts, AuditLog audit, TemplateCatalog templates, ApplianceTimeZone timeZone, OcmwProfileService ocmw)
{
    public (byte[] Bytes, string ContentType, string FileName) Export(UserAccount user, Guid reportId, int? version, string format)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (format is not ("pdf" or "docx"))
        {
            throw new InvalidRequestRefusal("Kies format=pdf of format=docx.");
        }

        var view = reports.Read(user, reportId, version);
        var profile = ocmw.ForDocuments();
        var v = view.Version;
        var dossier = dossiers.Find(v.DossierId)!;
        var conversation = conversations.Find(v.ConversationId)!;
        var validator = view.ValidatorName;
        var worker = accounts.FindUser(conversation.CreatedBy)?.DisplayName ?? user.DisplayName;
        var header = new ReportHeader(profile.Name, PlainText.Printable(dossier.Reference), PlainText.Printable(dossier.Client.FullName), PlainText.Printable(worker), conversation.CreatedAt, timeZone.Zone, validator, profile.Address, profile.Logo);
        var document = ReportDocumentBuilder.Build(view.Content, templates.Find(v.TemplateId, v.TemplateVersion), Sources(v.ConversationId), v, AiStatement.For(v, validator, timeZone.Zone, view.Dictation), header);
        audit.Append(user.Username, AuditAction.ReportExport, AuditTargets.Conversation(v.ConversationId), $"report={reportId:N};version={v.Version};format={format}");
        var name = $"{v.TemplateId}-{dossier.Reference}-v{v.Version}{(v.IsValidated ? "" : "-ontwerp")}";
        return format == "pdf"
            ? (PdfRenderer.Render(document), "application/pdf", name + ".pdf")
            : (DocxRenderer.Render(document), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx");
    }

    /// <summary>Segment times from the transcript, or none at all once it was destroyed after a revocation.</summary>
    private Func<string, SourceTime?> Sources(Guid conversationId)
    {
        try
        {
            var times = transcripts.Segments(conversationId).ToDictionary(s => s.Id, s => new SourceTime(s.Start, s.End), StringComparer.Ordinal);
            return id => times.GetValueOrDefault(id);
        }
        catch (ContentDestroyedException)
        {
            return _ => null;
        }
    }
}
