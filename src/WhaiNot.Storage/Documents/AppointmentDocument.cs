namespace WhaiNot.Storage.Documents;

/// <summary>An appointment as stored: routing fields and the Belgian date and time in clear (to find a day's appointments), the place sealed with the dossier key.</summary>
internal sealed class AppointmentDocument
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    public Guid TeamId { get; set; }

    public Guid WorkerId { get; set; }

    /// <summary>The Belgian date as <see cref="DateOnly.DayNumber"/>.</summary>
    public int Day { get; set; }

    /// <summary>Minutes after midnight, Belgian wall-clock time.</summary>
    public int StartMinute { get; set; }

    public bool ByTelephone { get; set; }

    /// <summary>The place (an address is the client's personal data), sealed with the dossier key; null by telephone.</summary>
    public byte[]? SealedPlace { get; set; }

    public bool HomeVisit { get; set; }

    public Guid? ConversationId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public Guid CreatedBy { get; set; }
}
