using System.Globalization;
using System.Text;

namespace WhaiNot.TestSupport.Fuzzing;

/// <summary>
/// A seeded fuzz run from xunit. Iterations per target come from WHAINOT_FUZZ_ITERATIONS (default:
/// a short run for CI), the base seed from WHAINOT_FUZZ_SEED (default 1). Iteration i uses seed
/// base + i, so every failure names the one seed that reproduces it. An exception whose type is not
/// one of the allowed refusals is a crash; crashing inputs are written to a temporary folder.
/// </summary>
public static class FuzzRun
{
    public const string IterationsVariable = "WHAINOT_FUZZ_ITERATIONS";
    public const string SeedVariable = "WHAINOT_FUZZ_SEED";

    public static int Iterations(int ciDefault) =>
        int.TryParse(Environment.GetEnvironmentVariable(IterationsVariable), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : ciDefault;

    public static int BaseSeed =>
        int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), CultureInfo.InvariantCulture, out var s) ? s : 1;

    /// <summary>Feeds <paramref name="iterations"/> mutants of the corpus to <paramref name="target"/>; fails with the seeds of every crash.</summary>
    public static void Bytes(string name, IReadOnlyList<byte[]> corpus, int iterations, Action<byte[]> target, params Type[] refusals)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(target);
        var crashes = new List<string>();
        foreach (var seed in Seeds(iterations))
        {
            var random = new Random(seed);
            var input = ByteMutator.Mutate(corpus[random.Next(corpus.Count)], corpus, random);
            if (Crash(() => target(input), refusals) is { } crash)
            {
                crashes.Add(Record(name, seed, input, crash));
            }
        }

        Assert.True(crashes.Count == 0, $"{name}: {crashes.Count} crash(es) in {iterations} inputs:\n{string.Join('\n', crashes.Take(10))}");
    }

    /// <summary>As <see cref="Bytes"/> for JSON text, with structure-aware mutations.</summary>
    public static void Json(string name, IReadOnlyList<string> corpus, int iterations, Action<string> target, params Type[] refusals)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(target);
        var crashes = new List<string>();
        foreach (var seed in Seeds(iterations))
        {
            var random = new Random(seed);
            var input = JsonMutator.Mutate(corpus[random.Next(corpus.Count)], corpus, random);
            if (Crash(() => target(input), refusals) is { } crash)
            {
                crashes.Add(Record(name, seed, Encoding.UTF8.GetBytes(input), crash));
            }
        }

        Assert.True(crashes.Count == 0, $"{name}: {crashes.Count} crash(es) in {iterations} inputs:\n{string.Join('\n', crashes.Take(10))}");
    }

    /// <summary>The seeds of a run: base, base + 1, …</summary>
    public static IEnumerable<int> Seeds(int iterations)
    {
        var start = BaseSeed;
        return Enumerable.Range(0, iterations).Select(i => unchecked(start + i));
    }

    /// <summary>Null when <paramref name="action"/> succeeds or throws one of <paramref name="refusals"/> with a message; the exception otherwise.</summary>
    public static Exception? Crash(Action action, IReadOnlyList<Type> refusals)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(refusals);
        try
        {
            action();
            return null;
        }
        catch (Exception ex) when (refusals.Any(t => t.IsInstanceOfType(ex)) && !string.IsNullOrWhiteSpace(ex.Message))
        {
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    public static string Record(string name, int seed, byte[] input, Exception crash)
    {
        ArgumentNullException.ThrowIfNull(crash);
        var folder = Path.Combine(Path.GetTempPath(), "whainot-fuzz-crashes");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{name}-seed{seed}.bin");
        File.WriteAllBytes(path, input);
        return $"seed {seed} ({path}): {crash.GetType().Name}: {crash.Message}";
    }

    /// <summary>tests/data/fuzz/&lt;target&gt;: the committed corpus, found from the test binary upwards.</summary>
    public static string CorpusFolder(string target)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WhaiNot.Appliance.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "data", "fuzz", target);
            }
        }

        throw new InvalidOperationException("WhaiNot.Appliance.sln not found above " + AppContext.BaseDirectory);
    }

    public static IReadOnlyList<byte[]> CorpusBytes(string target) =>
        [.. Directory.GetFiles(CorpusFolder(target)).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];

    public static IReadOnlyList<string> CorpusText(string target) =>
        [.. Directory.GetFiles(CorpusFolder(target), "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
}
