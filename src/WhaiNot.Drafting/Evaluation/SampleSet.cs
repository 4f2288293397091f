using System.Text.RegularExpressions;
using WhaiNot.Drafting.Contracts;

namespace WhaiNot.Drafting.Evaluation;

/// <summary>
/// Loads the samples of a folder: for every caseNN.transcript.json, the caseNN.gold.json and
/// (where there is one) the caseNN.trap-draft.json beside it (format in tests/data/samples/reference/README.md).
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
            if (!File.Exists(goldPath))
            {
                throw new ContractException($"Bij '{name}' ontbreekt '{Path.GetFileName(goldPath)}'.");
            }

            var goldJson = File.ReadAllText(goldPath);
            var gold = SampleFiles.ReadGold(goldJson, Path.GetFileName(goldPath));
            var goldTemplate = SampleFiles.ReadTemplate(goldJson, Path.GetFileName(goldPath));
            if (!File.Exists(trapPath))
            {
                // An evaluation-set case: no trap draft, the template comes from the gold file.
                var template = goldTemplate ?? throw new ContractException($"Bij '{name}' ontbreekt '{Path.GetFileName(trapPath)}' (of een 'template' in '{Path.GetFileName(goldPath)}').");
                cases.Add(new SampleCase(name, transcript, gold, template, null, []));
                continue;
            }

            var trapJson = File.ReadAllText(trapPath);
            var trapDraft = DraftReader.Read(trapJson, $"Concept '{Path.GetFileName(trapPath)}'");
            cases.Add(new SampleCase(name, transcript, gold, goldTemplate ?? trapDraft.Template, trapDraft, SampleFiles.ReadTraps(trapJson, Path.GetFileName(trapPath))));
        }

        return cases.Count > 0 ? cases : throw new ContractException($"De map '{directory}' bevat geen voorbeelden (caseNN.transcript.json).");
    }

    [GeneratedRegex("^case[0-9]+$")]
    private static partial Regex CaseName();
}
