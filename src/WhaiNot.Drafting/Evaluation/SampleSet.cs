using System.Text.RegularExpressions;
using WhaiNot.Drafting.Contracts;

namespace WhaiNot.Drafting.Evaluation;

/// <summary>
/// Loads the samples of a folder: for every caseNN.transcript.json, the caseNN.gold.json and
/// caseNN.trap-draft.json beside it (format in tests/data/samples/reference/README.md).
/// </summary>
public static partial class SampleSet
{
    public static IReadOnlyList<SampleCase> Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new ContractException($"De map met voorbeelden '{directory}' bestaat niet.");
        }

        var cases = new List<SampleCase>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.transcript.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path)[..^".transcript.json".Length];
            if (!CaseName().IsMatch(name))
            {
                continue;
            }

            var transcript = TranscriptReader.ReadFile(path);
            var goldPath = Path.Combine(directory, name + ".gold.json");
            var trapPath = Path.Combine(directory, name + ".trap-draft.json");
            foreach (var required in new[] { goldPath, trapPath })
            {
                if (!File.Exists(required))
                {
                    throw new ContractException($"Bij '{name}' ontbreekt '{Path.GetFileName(required)}'.");
                }
            }

            var trapJson = File.ReadAllText(trapPath);
            cases.Add(new SampleCase(
                name,
                transcript,
                SampleFiles.ReadGold(File.ReadAllText(goldPath), Path.GetFileName(goldPath)),
                DraftReader.Read(trapJson, $"Concept '{Path.GetFileName(trapPath)}'"),
                SampleFiles.ReadTraps(trapJson, Path.GetFileName(trapPath))));
        }

        return cases.Count > 0 ? cases : throw new ContractException($"De map '{directory}' bevat geen voorbeelden (caseNN.transcript.json).");
    }

    [GeneratedRegex("^case[0-9]+$")]
    private static partial Regex CaseName();
}
