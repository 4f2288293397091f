namespace WhaiNot.Application.Governance;

/// <summary>The client's export package: one zip (overzicht.pdf, gegevens.json, audio/*.wav) and its file name.</summary>
public sealed record ClientExport(byte[] Zip, string FileName, int Conversations, int AudioFiles, int Transcripts, int Reports, int AuditEntries);
