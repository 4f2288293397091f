namespace WhaiNot.Documents.Pdf;

/// <summary>A line on a page, at a distance from the page's top edge.</summary>
internal readonly record struct PlacedLine(LineBox Line, float Top);
