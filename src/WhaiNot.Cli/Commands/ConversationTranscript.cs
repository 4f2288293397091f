using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Conversations;
using WhaiNot.Domain.Transcripts;
using WhaiNot.Storage;

namespace WhaiNot.Cli.Commands;

/// <summary>
/// `whainot draft --conversation ID`: the transcript of a conversation on this box (service
/// stopped), read only when the client consented to AI drafting — the same gate the API uses. The
/// read is audited like any other content read.
/// </summary>
internal static class ConversationTranscript
{
    public static Transcript Read(ApplianceStore store, Guid conversationId)
    {
        var conversation = store.Conversations.Find(conversationId)
            ?? throw new CliException(ExitCodes.BadInput, $"Gesprek '{conversationId}' bestaat niet op deze box.");
        if (!ConsentGate.MayDraftWithAi(conversation, store.Conversations.LatestRevocation(conversation.ClientId)?.EffectiveAt))
        {
            store.Audit.Append(CliContext.Actor, AuditAction.ReportDraftRefused, AuditTargets.Conversation(conversationId), "no-ai-consent");
            throw new CliException(ExitCodes.BadInput, "Voor dit gesprek is er geen toestemming voor AI-ondersteund opstellen: er wordt geen ontwerp gemaakt. De maatschappelijk werker schrijft het verslag zelf.");
        }

        try
        {
            var segments = store.Transcripts.Segments(conversationId);
            store.Audit.Append(CliContext.Actor, AuditAction.TranscriptRead, AuditTargets.Conversation(conversationId));
            return new Transcript(conversationId, segments);
        }
        catch (ContentDestroyedException)
        {
            throw new CliException(ExitCodes.BadInput, "Het transcript van dit gesprek is vernietigd na de intrekking van de toestemming.");
        }
    }
}
