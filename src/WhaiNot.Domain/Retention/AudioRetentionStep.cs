namespace WhaiNot.Domain.Retention;

/// <summary>What the retention schedule asks for a conversation's audio (and the transcript and drafts that share its key).</summary>
public enum AudioRetentionStep
{
    /// <summary>Nothing to do: still within the term, or already gone.</summary>
    Keep,

    /// <summary>Still within the term, but the term ends within the warning period.</summary>
    Warn,

    /// <summary>Its report is validated: the audio has done its job.</summary>
    DeleteAfterValidation,

    /// <summary>No validated report within the maximum term.</summary>
    DeleteAfterMaximum,

    /// <summary>Due, but the dossier is under legal hold: kept.</summary>
    HeldByLegalHold,
}
