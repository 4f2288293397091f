namespace WhaiNot.Speech.Audio;

/// <summary>
/// Audio cannot be used for speech recognition as it is: not a WAV file, a format the appliance does not
/// decode, or a damaged file. The message is in plain Dutch (nl-BE), meant for the person who uploaded it.
/// </summary>
public sealed class AudioFormatException : Exception
{
    /// <summary>Creates the exception with a general Dutch message.</summary>
    public AudioFormatException()
        : base("Dit audiobestand kan niet gebruikt worden.")
    {
    }

    /// <summary>Creates the exception with the given (Dutch) message.</summary>
    public AudioFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the given (Dutch) message and the error that caused it.</summary>
    public AudioFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
