using SkiaSharp;
using WhaiNot.Native.HarfBuzz;

namespace WhaiNot.Documents.Pdf;

/// <summary>
/// The font of every PDF, read from file rather than looked up by name, so the output does not
/// depend on fontconfig and is the same on every box.
/// </summary>
internal sealed class PdfFonts
{
    private static readonly Lazy<PdfFonts> InstalledFonts = new(() => Load(InstalledCandidates()));

    private readonly byte[] _regular;
    private readonly byte[] _bold;

    private PdfFonts(string family, byte[] regular, byte[] bold)
    {
        Family = family;
        _regular = regular;
        _bold = bold;
    }

    /// <summary>The first installed candidate, read once.</summary>
    public static PdfFonts Installed => InstalledFonts.Value;

    public string Family { get; }

    /// <summary>
    /// In order of preference: DejaVu Sans (Debian's fonts-dejavu-core, which fontconfig already pulls in),
    /// Liberation Sans, then Arial on Windows. Fixed order, so a box's output does not change
    /// when another font package happens to be installed.
    /// </summary>
    internal static IEnumerable<FontCandidate> InstalledCandidates()
    {
        string[] dejaVuFolders = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF"];
        foreach (var folder in dejaVuFolders)
        {
            yield return new FontCandidate("DejaVu Sans", Path.Combine(folder, "DejaVuSans.ttf"), Path.Combine(folder, "DejaVuSans-Bold.ttf"));
        }

        string[] liberationFolders = ["/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation"];
        foreach (var folder in liberationFolders)
        {
            yield return new FontCandidate("Liberation Sans", Path.Combine(folder, "LiberationSans-Regular.ttf"), Path.Combine(folder, "LiberationSans-Bold.ttf"));
        }

        var windowsFonts = Environment.GetFolderPath(Environment.SpecialFolder.Fonts);
        if (windowsFonts.Length > 0)
        {
            yield return new FontCandidate("Arial", Path.Combine(windowsFonts, "arial.ttf"), Path.Combine(windowsFonts, "arialbd.ttf"));
        }
    }

    internal static PdfFonts Load(IEnumerable<FontCandidate> candidates)
    {
        foreach (var candidate in candidates.Where(c => c.Exists))
        {
            // Checked here, once, rather than at the first letter that needs them.
            var regular = File.ReadAllBytes(candidate.RegularPath);
            var bold = File.ReadAllBytes(candidate.BoldPath);
            using var regularFace = SKTypeface.FromData(SKData.CreateCopy(regular));
            using var boldFace = SKTypeface.FromData(SKData.CreateCopy(bold));
            if (regularFace is not null && boldFace is not null)
            {
                return new PdfFonts(candidate.Family, regular, bold);
            }
        }

        throw new InvalidOperationException(
            "Geen lettertype gevonden om PDF-documenten mee te maken. Installeer het Debian-pakket fonts-dejavu-core.");
    }

    /// <summary>Typefaces holding just the characters given (or the whole font when subsetting fails).</summary>
    public PdfTypefaces For(IReadOnlySet<int> codepoints) => new(Typeface(_regular, codepoints), Typeface(_bold, codepoints));

    private static SKTypeface Typeface(byte[] font, IReadOnlySet<int> codepoints)
    {
        var data = FontSubsetter.TrySubset(font, codepoints) ?? font;
        return SKTypeface.FromData(SKData.CreateCopy(data))
            ?? SKTypeface.FromData(SKData.CreateCopy(font))
            ?? throw new InvalidOperationException("Het lettertype voor PDF-documenten is onleesbaar.");
    }
}
