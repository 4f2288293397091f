namespace WhaiNot.Storage.Documents;

/// <summary>A transcript segment as stored: everything but the ids sealed with the conversation key.</summary>
internal sealed class TranscriptSegmentDocument
{
    /// <summary>"conversation(N):segment", so a segment saved twice (after a crash) replaces itself.</summary>
    public string Id { get; set; } = "";

    public Guid ConversationId { get; set; }

    public byte[] Sealed { get; set; } = [];
}
