namespace WhaiNot.Documents.Pdf;

/// <summary>Text in one style at a horizontal offset from the left margin.</summary>
internal readonly record struct PlacedRun(string Text, float X, TextStyle Style);
