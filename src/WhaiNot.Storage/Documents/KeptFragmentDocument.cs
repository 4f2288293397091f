namespace WhaiNot.Storage.Documents;

/// <summary>A transcript fragment a validated report cites, kept after the audio went; sealed with the dossier key.</summary>
internal sealed class KeptFragmentDocument
{
    /// <summary>"conversation(N):segment".</summary>
    public string Id { get; set; } = "";

    public Guid ConversationId { get; set; }

    public Guid DossierId { get; set; }

    public byte[] Sealed { get; set; } = [];
}
