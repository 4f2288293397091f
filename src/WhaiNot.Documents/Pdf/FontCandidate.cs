namespace WhaiNot.Documents.Pdf;

/// <summary>A sans font the PDF renderer can embed, as a regular and a bold TrueType file.</summary>
internal sealed record FontCandidate(string Family, string RegularPath, string BoldPath)
{
    public bool Exists => File.Exists(RegularPath) && File.Exists(BoldPath);
}
