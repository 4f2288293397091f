namespace WhaiNot.Drafting.Templates;

/// <summary>A template that is unknown or not valid; the message says in Dutch what is wrong.</summary>
public sealed class TemplateException : Exception
{
    public TemplateException()
    {
    }

    public TemplateException(string message)
        : base(message)
    {
    }

    public TemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
