namespace WhaiNot.Drafting.Grammar;

/// <summary>
/// Thrown when a JSON Schema cannot be turned into a grammar because the schema itself is wrong:
/// not JSON, not a schema object, a <c>$ref</c> to a definition that does not exist, or a schema
/// that no finite JSON value can satisfy.
/// </summary>
/// <remarks>
/// Schemas that are valid but use keywords the converter cannot express raise
/// <see cref="NotSupportedException"/> instead, so callers can tell "fix the schema" from
/// "the converter cannot do this yet".
/// </remarks>
public sealed class GrammarException : Exception
{
    /// <summary>Creates the exception with a generic message.</summary>
    public GrammarException()
        : base("The JSON Schema cannot be converted to a grammar.")
    {
    }

    /// <summary>Creates the exception with a message for the developer.</summary>
    /// <param name="message">What is wrong with the schema, and where.</param>
    public GrammarException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    /// <param name="message">What is wrong with the schema, and where.</param>
    /// <param name="innerException">The underlying error, such as a JSON parse failure.</param>
    public GrammarException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
