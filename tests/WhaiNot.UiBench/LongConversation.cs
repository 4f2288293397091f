using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WhaiNot.Appliance.Tests;
using WhaiNot.Domain.Transcripts;
using WhaiNot.Storage;

namespace WhaiNot.UiBench;

/// <summary>
/// An hour-long conversation on a demo box, made the way the box makes one: a stored, complete
/// transcript of <c>segments</c> segments (the project's sample intake, repeated over the hour), an
/// extractive draft from it, and that draft filled up to <c>sentences</c> sentences, each resting on
/// one segment, saved (and so verified) through the API.
/// </summary>
public static class LongConversation
{
    public static async Task<Guid> SeedReportAsync(RunningAppliance appliance, HttpClient worker, string team, int segments, int sentences)
    {
        ArgumentNullException.ThrowIfNull(appliance);
        ArgumentNullException.ThrowIfNull(worker);
        var store = appliance.App.Services.GetRequiredService<ApplianceStore>();
        var dossier = store.Dossiers.ListForTeam(store.Accounts.FindTeam(team)!.Id)[0].Id;
        var conversation = await JsonOf(await worker.PostAsync($"/api/dossiers/{dossier}/conversations", null));
        var id = conversation.GetProperty("id").GetGuid();
        (await worker.PutAsJsonAsync($"/api/conversations/{id}/consent", new { recording = true, transcription = true, aiDrafting = true })).EnsureSuccessStatusCode();

        var sample = SampleSegments();
        var texts = new List<(string Id, string Text)>();
        var secondsEach = 3600.0 / segments;
        for (var i = 0; i < segments; i++)
        {
            var (speaker, text) = sample[i % sample.Count];
            var segmentId = $"s{i + 1:D4}";
            store.Transcripts.Save(id, new TranscriptSegment(segmentId, i * secondsEach, ((i + 1) * secondsEach) - 0.3, speaker, text, text, Speaker.Unknown));
            texts.Add((segmentId, text));
        }

        store.Transcripts.SaveProgress(id, new TranscriptionProgress(segments, 0, Complete: true));
        (await worker.PostAsync($"/api/conversations/{id}/end", null)).EnsureSuccessStatusCode();

        var report = await JsonOf(await worker.PostAsJsonAsync($"/api/conversations/{id}/reports", new { template = "intakeverslag", engine = "extractive" }));
        var reportId = report.GetProperty("id").GetGuid();
        var content = JsonNode.Parse(report.GetProperty("content").GetRawText())!;
        var sections = content["sections"]!.AsArray().Where(s => s!["humanOnly"]?.GetValue<bool>() != true).ToList();
        var count = sections.Sum(s => s!["sentences"]!.AsArray().Count);
        for (var next = 0; count < sentences; next++, count++)
        {
            var (segmentId, text) = texts[(next * 7) % texts.Count];
            sections[next % sections.Count]!["sentences"]!.AsArray().Add(new JsonObject { ["text"] = text, ["sources"] = new JsonArray(segmentId) });
        }

        using var saved = await worker.PutAsync($"/api/reports/{reportId}", new StringContent(content.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        saved.EnsureSuccessStatusCode();
        return reportId;
    }

    private static List<(Speaker Speaker, string Text)> SampleSegments()
    {
        var path = Path.Combine(RepositoryRoot(), "tests", "data", "samples", "own", "case11.transcript.json");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("segments").EnumerateArray()
            .Select(s => (SpeakerNames.TryParse(s.GetProperty("speaker").GetString(), out var speaker) ? speaker : Speaker.Unknown, s.GetProperty("text").GetString()!))
            .ToList();
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "WhaiNot.Appliance.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("run the bench from the checkout (tests/WhaiNot.UiBench/bin/…)");
    }

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response)
    {
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {await response.Content.ReadAsStringAsync()}");
            }

            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }
    }
}
