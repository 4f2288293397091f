namespace WhaiNot.Native.ModelFiles;

/// <summary>
/// A model file is missing, damaged, cut short or of the wrong kind. The message is Dutch, meant for
/// IT staff, and names the file; <see cref="FilePath"/> carries the path for logs.
/// </summary>
public sealed class ModelFileException : Exception
{
    public ModelFileException()
    {
    }

    public ModelFileException(string message)
        : base(message)
    {
    }

    public ModelFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for <paramref name="filePath"/>; <paramref name="message"/> already names the file.</summary>
    public ModelFileException(string filePath, string message, Exception? innerException)
        : base(message, innerException) => FilePath = filePath;

    /// <summary>The path of the refused file, as the caller passed it; null when not known.</summary>
    public string? FilePath { get; }

    /// <summary>"Het modelbestand '…' is afgekapt: … heeft N bytes nodig, er zijn er M."</summary>
    internal static ModelFileException Truncated(string filePath, string what, long needed, long available) =>
        new(filePath, $"Het modelbestand '{filePath}' is afgekapt: {what} heeft {needed} bytes nodig, er zijn er {Math.Max(0, available)}.", null);

    /// <summary>"Het modelbestand '…' is beschadigd: …" for a structural error.</summary>
    internal static ModelFileException Damaged(string filePath, string detail) =>
        new(filePath, $"Het modelbestand '{filePath}' is beschadigd: {detail}", null);

    /// <summary>"Het modelbestand '…' …" with a free-form Dutch tail.</summary>
    internal static ModelFileException Other(string filePath, string tail, Exception? innerException = null) =>
        new(filePath, $"Het modelbestand '{filePath}' {tail}", innerException);
}
