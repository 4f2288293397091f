namespace WhaiNot.Drafting.Extractive;

/// <summary>Whose words a sentence rewrites: the client's, the worker's, a third person's (a support worker, an interpreter), or nobody known.</summary>
internal enum Voice
{
    Client,
    Worker,
    Other,

    /// <summary>Speaker unknown: person words are never rewritten to a person.</summary>
    Unknown,
}
