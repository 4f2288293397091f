namespace WhaiNot.Domain.Drafts;

/// <summary>Status the source verifier gives a sentence; <see cref="Manual"/> is a worker's own sentence.</summary>
public enum SentenceStatus
{
    Supported,
    Unsupported,
    Manual,
}
