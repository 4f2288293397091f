namespace WhaiNot.Storage.Documents;

/// <summary>
/// A dossier's procedure dates (id = dossier id), as <see cref="DateOnly.DayNumber"/>s. Dates and the
/// kind of aid are no free text from or about the client, so they stay in clear (under the page
/// encryption) and the day overview computes terms for hundreds of dossiers without opening keys.
/// </summary>
internal sealed class ProcedureDatesDocument
{
    public Guid Id { get; set; }

    public Guid TeamId { get; set; }

    /// <summary>social-integration | social-services; null when not chosen yet.</summary>
    public string? Aid { get; set; }

    public int? AidRequestedOn { get; set; }

    public int? DecidedOn { get; set; }

    public int? NotifiedOn { get; set; }

    public int? GrantedOn { get; set; }

    public bool GpmiExempt { get; set; }

    public int? GpmiSignedOn { get; set; }

    public int? GpmiEvaluatedOn { get; set; }

    public bool NotCompetent { get; set; }

    public int? ForwardedOn { get; set; }
}
