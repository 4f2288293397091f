namespace WhaiNot.Speech.Speakers;

/// <summary>
/// Agglomerative clustering (average linkage) of voice vectors into at most three voices, by the
/// embedder's own distance. Merging stops when the closest two clusters are further apart than
/// <see cref="SameVoiceDistance"/>; tiny leftover clusters (one odd utterance) join their nearest
/// voice. Each vector gets a confidence: its silhouette, how much closer it is to its own voice
/// than to the nearest other one (0 = halfway, 1 = clearly its own).
/// </summary>
public sealed class SpeakerClustering(Func<float[], float[], double> distanceOf, double sameVoiceDistance = SpeakerClustering.DefaultSameVoiceDistance)
{
    public const double DefaultSameVoiceDistance = 0.4;
    public const int MaxVoices = 3;

    public double SameVoiceDistance { get; } = sameVoiceDistance;

    /// <summary>Cluster number per vector (0 is the cluster of <paramref name="vectors"/>[0]) and its confidence.</summary>
    public IReadOnlyList<(int Cluster, double Confidence)> Cluster(IReadOnlyList<float[]> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var n = vectors.Count;
        if (n == 0)
        {
            return [];
        }

        var distance = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                distance[i, j] = distance[j, i] = distanceOf(vectors[i], vectors[j]);
            }
        }

        var clusters = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToList();
        var linkage = (double[,])distance.Clone();
        while (clusters.Count > 1)
        {
            var (a, b, closest) = ClosestPair(clusters, linkage);
            if (closest > SameVoiceDistance && clusters.Count <= MaxVoices)
            {
                break;
            }

            // Past the threshold only while there are more than three voices: the closest go together.

            Merge(clusters, linkage, a, b);
        }

        AbsorbStragglers(clusters, distance, n);
        return Assign(clusters, distance, n, SameVoiceDistance);
    }

    private static (int A, int B, double Distance) ClosestPair(List<List<int>> clusters, double[,] linkage)
    {
        var best = (A: 0, B: 1, Distance: double.MaxValue);
        for (var a = 0; a < clusters.Count; a++)
        {
            for (var b = a + 1; b < clusters.Count; b++)
            {
                if (linkage[a, b] < best.Distance)
                {
                    best = (a, b, linkage[a, b]);
                }
            }
        }

        return best;
    }

    /// <summary>Merges cluster b into a and updates average linkage (Lance–Williams), keeping the matrix indexed by cluster position.</summary>
    private static void Merge(List<List<int>> clusters, double[,] linkage, int a, int b)
    {
        double sizeA = clusters[a].Count, sizeB = clusters[b].Count;
        for (var k = 0; k < clusters.Count; k++)
        {
            if (k != a && k != b)
            {
                linkage[a, k] = linkage[k, a] = ((sizeA * linkage[a, k]) + (sizeB * linkage[b, k])) / (sizeA + sizeB);
            }
        }

        clusters[a].AddRange(clusters[b]);
        var last = clusters.Count - 1;
        for (var k = 0; k <= last; k++)
        {
            linkage[b, k] = linkage[last, k];
            linkage[k, b] = linkage[k, last];
        }

        linkage[b, b] = 0;
        clusters[b] = clusters[last];
        clusters.RemoveAt(last);
    }

    /// <summary>A cluster of one or two odd utterances in a longer conversation is no third voice: it joins its nearest cluster.</summary>
    private static void AbsorbStragglers(List<List<int>> clusters, double[,] distance, int n)
    {
        var minimum = Math.Max(2, (int)Math.Ceiling(n * 0.08));
        while (clusters.Count > 1)
        {
            var small = clusters.Where(c => c.Count < minimum && !c.Contains(0)).OrderBy(c => c.Count).FirstOrDefault();
            if (small is null || n < 6)
            {
                break;
            }

            clusters.Remove(small);
            var nearest = clusters.MinBy(c => MeanDistance(small, c, distance))!;
            nearest.AddRange(small);
        }

        while (clusters.Count > MaxVoices)
        {
            var smallest = clusters.Where(c => !c.Contains(0)).MinBy(c => c.Count)!;
            clusters.Remove(smallest);
            clusters.MinBy(c => MeanDistance(smallest, c, distance))!.AddRange(smallest);
        }
    }

    private static List<(int Cluster, double Confidence)> Assign(List<List<int>> clusters, double[,] distance, int n, double sameVoice)
    {
        // Cluster 0 holds the first vector (the anchor: the worker's profile or the conversation's first
        // utterance); the others in order of their first utterance, so a voice keeps its number as the conversation grows.
        var ordered = clusters.OrderByDescending(c => c.Contains(0)).ThenBy(c => c.Min()).ToList();
        var result = new (int, double)[n];
        for (var c = 0; c < ordered.Count; c++)
        {
            foreach (var i in ordered[c])
            {
                var own = ordered[c].Count > 1 ? ordered[c].Where(j => j != i).Average(j => distance[i, j]) : 0.0;
                var other = ordered.Where((_, k) => k != c).Select(o => o.Average(j => distance[i, j])).DefaultIfEmpty(double.NaN).Min();
                double confidence;
                if (double.IsNaN(other))
                {
                    // One voice only: sure as far as it is close to the rest.
                    confidence = Math.Clamp(1 - (own / (2 * sameVoice)), 0, 1);
                }
                else
                {
                    var spread = Math.Max(own, other);
                    confidence = spread <= 0 ? 0 : Math.Clamp((other - own) / spread, 0, 1);
                }

                result[i] = (c, confidence);
            }
        }

        return [.. result];
    }

    private static double MeanDistance(List<int> a, List<int> b, double[,] distance) => a.Average(i => b.Average(j => distance[i, j]));
}
