namespace WhaiNot.Domain.Parity;

/// <summary>How the report of a conversation came about, as chosen by the client for that conversation.</summary>
public enum ReportPath
{
    /// <summary>The client allowed AI: recording, transcription and/or an AI draft helped the worker.</summary>
    Ai,

    /// <summary>The client refused AI: the worker wrote the report from their own notes.</summary>
    Alternative,
}
