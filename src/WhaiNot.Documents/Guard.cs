namespace WhaiNot.Documents;

/// <summary>Argument checks shared by the model records, so that a bad model fails where it is built.</summary>
internal static class Guard
{
    public static string Text(string? value, string name)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return value;
    }

    public static string NonEmpty(string? value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value;
    }

    public static IReadOnlyList<T> List<T>(IEnumerable<T>? values, string name)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(values, name);

        // A private copy: the caller's list can change later, the document cannot.
        T[] copy = [.. values];
        if (Array.IndexOf(copy, null) >= 0)
        {
            throw new ArgumentException("De lijst bevat een lege waarde (null).", name);
        }

        return Array.AsReadOnly(copy);
    }
}
