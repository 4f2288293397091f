using Microsoft.AspNetCore.SignalR;
using WhaiNot.Appliance.Hubs;

namespace WhaiNot.Appliance.Transcription;

/// <summary>Sends transcript events to everyone who joined the conversation (all the worker's tabs and devices).</summary>
public sealed class TranscriptEvents(IHubContext<ConversationHub> hub)
{
    public Task SegmentAsync(Guid conversationId, SegmentMessage segment, CancellationToken cancellationToken) =>
        hub.Clients.Group(ConversationHub.GroupOf(conversationId)).SendAsync("Segment", conversationId, segment, cancellationToken);

    public Task StatusAsync(Guid conversationId, TranscriptionStatus status, CancellationToken cancellationToken) =>
        hub.Clients.Group(ConversationHub.GroupOf(conversationId)).SendAsync("Transcription", conversationId, status, cancellationToken);
}
