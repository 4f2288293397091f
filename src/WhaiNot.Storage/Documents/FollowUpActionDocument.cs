namespace WhaiNot.Storage.Documents;

/// <summary>A follow-up action as stored: who, dates and source in clear; what is to be done sealed with the dossier key.</summary>
internal sealed class FollowUpActionDocument
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    public Guid TeamId { get; set; }

    /// <summary>worker | client | third-party.</summary>
    public string Who { get; set; } = "";

    public byte[] SealedWhat { get; set; } = [];

    /// <summary>The Belgian due date as <see cref="DateOnly.DayNumber"/>; null without one.</summary>
    public int? DueDay { get; set; }

    public Guid? SourceReportId { get; set; }

    public int? SourceReportVersion { get; set; }

    public string? SourceSectionId { get; set; }

    public int? SourceSentenceIndex { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public Guid CreatedBy { get; set; }

    public DateTime? DoneAtUtc { get; set; }

    public Guid? DoneBy { get; set; }
}
