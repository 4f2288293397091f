using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using WhaiNot.Drafting.Contracts;

namespace WhaiNot.Drafting.Extractive;

/// <summary>
/// Section weights learned from labelled conversations (the tuning set, never the test set), kept in
/// a plain JSON file anyone can read: per section id, how much each feature (<see cref="LexicalFeatures"/>)
/// speaks for it — the log ratio of how often the feature occurs in segments of that section and in
/// other segments of the same templates, smoothed, only positive weights kept, capped. Per template,
/// the share of the worker's statements that carry a fact decides whether the worker's own words
/// count. A segment's learned score for a section is the sum of the weights of its features.
/// </summary>
internal sealed class LexicalWeights
{
    private const double Smoothing = 0.5;
    private const double Cap = 2.0;
    private const int MinimumCount = 2;

    private static readonly Lazy<LexicalWeights> ShippedWeights = new(LoadShipped);

    private static LexicalWeights LoadShipped()
    {
        using var stream = typeof(LexicalWeights).Assembly.GetManifestResourceStream("lexical/section-weights.json");
        if (stream is null)
        {
            return Empty;
        }

        using var reader = new StreamReader(stream);
        return Read(reader.ReadToEnd());
    }

    public LexicalWeights(IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> sections, IReadOnlyDictionary<string, double> workerStatementShare)
    {
        Sections = sections;
        WorkerStatementShare = workerStatementShare;
    }

    public static LexicalWeights Empty { get; } = new(new Dictionary<string, IReadOnlyDictionary<string, double>>(), new Dictionary<string, double>());

    /// <summary>The weights shipped in the binary (firmware-config/lexical/section-weights.json).</summary>
    public static LexicalWeights Shipped => ShippedWeights.Value;

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Sections { get; }

    public IReadOnlyDictionary<string, double> WorkerStatementShare { get; }

    public double Score(string section, IReadOnlySet<string> features) =>
        Sections.TryGetValue(section, out var weights) ? features.Sum(f => weights.GetValueOrDefault(f)) : 0;

    /// <summary>Learns from labelled segments: (template id, was it the worker's statement, features, gold sections).</summary>
    public static LexicalWeights Learn(IEnumerable<LabelledSegment> segments)
    {
        var all = segments.ToList();
        var sections = new SortedDictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        foreach (var section in all.SelectMany(s => s.Sections).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            // Negatives come from the templates that have this section, so a word is not rewarded for belonging to a template.
            var templates = all.Where(s => s.Sections.Contains(section)).Select(s => s.Template).ToHashSet(StringComparer.Ordinal);
            var pool = all.Where(s => templates.Contains(s.Template)).ToList();
            var positives = pool.Where(s => s.Sections.Contains(section)).ToList();
            var negatives = pool.Count - positives.Count;
            var weights = new SortedDictionary<string, double>(StringComparer.Ordinal);
            foreach (var feature in positives.SelectMany(s => s.Features).Distinct(StringComparer.Ordinal))
            {
                var inside = positives.Count(s => s.Features.Contains(feature));
                if (inside < MinimumCount)
                {
                    continue;
                }

                var outside = pool.Count(s => !s.Sections.Contains(section) && s.Features.Contains(feature));
                var ratio = ((inside + Smoothing) / (positives.Count + (2 * Smoothing))) / ((outside + Smoothing) / (negatives + (2 * Smoothing)));
                var weight = Math.Min(Cap, Math.Log(ratio));
                if (weight > 0.5)
                {
                    weights[feature] = Math.Round(weight, 3);
                }
            }

            sections[section] = weights;
        }

        var share = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var group in all.Where(s => s.WorkerStatement).GroupBy(s => s.Template, StringComparer.Ordinal))
        {
            share[group.Key] = Math.Round((double)group.Count(s => s.Sections.Count > 0) / group.Count(), 3);
        }

        return new LexicalWeights(sections, share);
    }

    public string ToJson() => JsonSerializer.Serialize(new WeightsFile(WorkerStatementShare, Sections), Json);

    public static LexicalWeights Read(string json)
    {
        WeightsFile? file;
        try
        {
            file = JsonSerializer.Deserialize<WeightsFile>(json, Json);
        }
        catch (JsonException ex)
        {
            throw new ContractException($"Het bestand met sectiegewichten is geen geldige JSON: {ex.Message}", ex);
        }

        if (file is null)
        {
            throw new ContractException("Het bestand met sectiegewichten is leeg.");
        }

        return new LexicalWeights(file.Sections ?? new Dictionary<string, IReadOnlyDictionary<string, double>>(), file.WorkerStatementShare ?? new Dictionary<string, double>());
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Sections.Count} sections, {Sections.Sum(s => s.Value.Count)} weights");

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private sealed record WeightsFile(
        [property: JsonPropertyName("workerStatementShare")] IReadOnlyDictionary<string, double>? WorkerStatementShare,
        [property: JsonPropertyName("sections")] IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>>? Sections);
}

/// <summary>One segment as the learner sees it.</summary>
internal sealed record LabelledSegment(string Template, bool WorkerStatement, IReadOnlySet<string> Features, IReadOnlyList<string> Sections);
