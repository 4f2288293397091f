namespace WhaiNot.Native.Models;

/// <summary>The model manifest is unreadable or inconsistent (Dutch, for IT staff).</summary>
public sealed class ModelManifestException : Exception
{
    public ModelManifestException()
    {
    }

    public ModelManifestException(string message)
        : base(message)
    {
    }

    public ModelManifestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
