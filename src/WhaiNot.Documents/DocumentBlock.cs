namespace WhaiNot.Documents;

/// <summary>One block of a document's body. The set of kinds is closed: the renderers know each one.</summary>
public abstract record DocumentBlock
{
    // Only this assembly may add kinds, so a renderer never meets a block it cannot draw.
    private protected DocumentBlock()
    {
    }
}
