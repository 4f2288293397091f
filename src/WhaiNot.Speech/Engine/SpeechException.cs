namespace WhaiNot.Speech.Engine;

/// <summary>
/// The speech engine failed an utterance (not a cancellation). <see cref="NativeCode"/> carries the
/// engine's return code where there is one; the audio is not lost, so callers may try again.
/// </summary>
public sealed class SpeechException : Exception
{
    public SpeechException()
    {
    }

    public SpeechException(string message)
        : base(message)
    {
    }

    public SpeechException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SpeechException(string message, int? nativeCode, Exception innerException)
        : base(message, innerException) => NativeCode = nativeCode;

    public int? NativeCode { get; }
}
