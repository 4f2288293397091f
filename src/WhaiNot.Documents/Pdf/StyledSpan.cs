namespace WhaiNot.Documents.Pdf;

/// <summary>Text in one style, before it is broken into lines; SpaceBefore separates it from the span before.</summary>
internal readonly record struct StyledSpan(string Text, TextStyle Style, bool SpaceBefore = false);
