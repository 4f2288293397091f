namespace WhaiNot.Storage.Documents;

/// <summary>A worker's enrolled voice (id: the user's id), sealed with the worker's own voice key.</summary>
internal sealed class VoiceProfileDocument
{
    public Guid Id { get; set; }

    public byte[] Sealed { get; set; } = [];

    public DateTime EnrolledAtUtc { get; set; }
}
