namespace WhaiNot.Drafting.Extractive;

/// <summary>Whose words a sentence rewrites: the client's, the worker's, or a third person's (a support worker, an interpreter).</summary>
internal enum Voice
{
    Client,
    Worker,
    Other,
}
