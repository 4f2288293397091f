using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using WhaiNot.Domain.Transcripts;

namespace WhaiNot.Appliance.Tests;

/// <summary>
/// Reports through the real API: engine drafts only with AI consent, the alternative path with the
/// same steps, edits verified on every save, validation refused with unsupported sentences and then
/// final, revisions as new versions, and what a revocation leaves (validated reports) and takes
/// (drafts). The transcript is one of the project's own sample intakes, stored as the live
/// transcriber would store it.
/// </summary>
public sealed class ReportApiTests : NorthWorkerTest
{
    [Fact]
    public async Task ExtractiveDraft_WithAiConsent_ShouldFollowTheTemplateAndCiteTheTranscript()
    {
        var conversation = await TranscribedConversationAsync(aiDrafting: true);

        var report = await PostReportAsync(conversation, "intakeverslag", "extractive", HttpStatusCode.Created);

        var sections = report.GetProperty("content").GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal("aanmelding", sections[0].GetProperty("id").GetString());
        Assert.Equal("voorstel", sections[^1].GetProperty("id").GetString());
        Assert.Empty(sections[^1].GetProperty("sentences").EnumerateArray());
        var sentences = sections.SelectMany(s => s.GetProperty("sentences").EnumerateArray()).ToList();
        Assert.NotEmpty(sentences);
        var ids = Store.Transcripts.Segments(conversation).Select(s => s.Id).ToHashSet();
        Assert.All(sentences.SelectMany(s => s.GetProperty("sources").EnumerateArray()), id => Assert.Contains(id.GetString()!, ids));
        Assert.Equal("ai", report.GetProperty("path").GetString());
        Assert.Equal("draft", report.GetProperty("status").GetString());
        Assert.Contains(report.GetProperty("aiStatement").EnumerateArray(), l => l.GetString()!.Contains("ontwerp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EngineDraft_WithoutAiConsent_ShouldBeRefusedAndStoreNothing()
    {
        var conversation = await TranscribedConversationAsync(aiDrafting: false);

        var error = await PostReportAsync(conversation, "intakeverslag", "extractive", HttpStatusCode.Conflict);

        Assert.Contains("geen toestemming voor AI", error.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(Store.Reports.ForConversation(conversation));
        Assert.Contains(Store.Audit.Read(0, 10_000), e => e.Action == "report.draft-refused");
    }

    [Theory]
    [InlineData("{\"template\":\"bestaat-niet\",\"engine\":\"extractive\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"template\":\"intakeverslag\",\"engine\":\"gpt\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"template\":\"intakeverslag\",\"reden\":\"x\"}", HttpStatusCode.BadRequest)]
    [InlineData("{}", HttpStatusCode.BadRequest)]
    public async Task DraftRequest_WithBadInput_ShouldBeRefusedInDutch(string body, HttpStatusCode expected)
    {
        var conversation = await TranscribedConversationAsync(aiDrafting: true);

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await Worker.PostAsync($"/api/conversations/{conversation}/reports", content);

        Assert.Equal(expected, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString()));
        Assert.Empty(Store.Reports.ForConversation(conversation));
    }

    [Fact]
    public async Task EngineDraft_WithoutATranscript_ShouldSaySo()
    {
        var conversation = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        await PutConsentAsync(conversation, true, true, true);

        var error = await PostReportAsync(conversation, "intakeverslag", "extractive", HttpStatusCode.Conflict);

        Assert.Contains("geen transcript", error.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validation_ShouldBeRefusedWhileASentenceIsUnsupported_ThenLockTheVersion()
    {
        var conversation = await TranscribedConversationAsync(aiDrafting: true);
        var report = await PostReportAsync(conversation, "intakeverslag", "extractive", HttpStatusCode.Created);
        var id = report.GetProperty("id").GetGuid();
        var firstSource = Store.Transcripts.Segments(conversation)[5].Id;

        // The worker adds a sentence with an invented amount and cites a segment: the verifier marks it.
        var edited = WithSentence(report, "huisvesting", "Mevrouw betaalt 9876 euro huur per maand.", [firstSource]);
        var saved = await PutReportAsync(id, edited, HttpStatusCode.OK);
        Assert.True(saved.GetProperty("unsupportedNow").GetInt32() >= 1);
        var refused = await PostAsync($"/api/reports/{id}/validate", HttpStatusCode.Conflict);
        Assert.Contains("steunen niet op het gesprek", refused.GetProperty("error").GetString(), StringComparison.Ordinal);

        // Without unsupported sentences, plus a sentence of the worker's own (manual), validation passes.
        var cleaned = WithoutUnsupported(saved);
        cleaned = WithSentence(cleaned, "voorstel", "Voorstel: leefloon categorie alleenstaande toekennen.", []);
        cleaned = NothingLeftOpen(cleaned);
        var ready = await PutReportAsync(id, cleaned, HttpStatusCode.OK);
        Assert.Equal(0, ready.GetProperty("unsupportedNow").GetInt32());
        Assert.Contains(ready.GetProperty("content").GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "voorstel").GetProperty("sentences").EnumerateArray(), s => s.GetProperty("status").GetString() == "manual");
        var validated = await PostAsync($"/api/reports/{id}/validate", HttpStatusCode.OK);

        Assert.Equal("validated", validated.GetProperty("status").GetString());
        Assert.Equal(64, validated.GetProperty("contentSha256").GetString()!.Length);
        Assert.True(validated.GetProperty("editRatio").GetDouble() > 0, "the worker changed the draft");
        Assert.Contains(validated.GetProperty("aiStatement").EnumerateArray(), l => l.GetString()!.Contains("gevalideerd door", StringComparison.Ordinal));
        Assert.NotNull(Store.Conversations.Find(conversation)!.ReportValidatedAt);

        // Final: no more edits or validations of that version; a revision is version 2, version 1 stays.
        await PutReportAsync(id, cleaned, HttpStatusCode.Conflict);
        await PostAsync($"/api/reports/{id}/validate", HttpStatusCode.Conflict);
        var revision = await PostAsync($"/api/reports/{id}/revisions", HttpStatusCode.Created);
        Assert.Equal(2, revision.GetProperty("version").GetInt32());
        var first = await Worker.GetFromJsonAsync<JsonElement>($"/api/reports/{id}?version=1");
        Assert.Equal("validated", first.GetProperty("status").GetString());
        Assert.Equal(validated.GetProperty("content").ToString(), first.GetProperty("content").ToString());
    }

    [Fact]
    public async Task AlternativePath_ShouldHaveTheSameStepsAndSayWithoutAi()
    {
        var conversation = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        await PutConsentAsync(conversation, false, false, false);

        var report = await PostReportAsync(conversation, "intakeverslag", "manual", HttpStatusCode.Created);
        var id = report.GetProperty("id").GetGuid();
        Assert.All(report.GetProperty("content").GetProperty("sections").EnumerateArray(), s => Assert.Empty(s.GetProperty("sentences").EnumerateArray()));
        var written = WithSentence(report, "huisvesting", "Mevrouw huurt een appartement.", []);
        await PutReportAsync(id, written, HttpStatusCode.OK);
        var open = await PostAsync($"/api/reports/{id}/validate", HttpStatusCode.Conflict);
        Assert.Contains("verplichte delen zijn nog leeg", open.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("'Aanmelding en hulpvraag'", open.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("'Huisvesting'", open.GetProperty("error").GetString(), StringComparison.Ordinal);
        written = NothingLeftOpen(WithSentence(written, "voorstel", "Voorstel: opvolging over een maand.", []));
        await PutReportAsync(id, written, HttpStatusCode.OK);
        var validated = await PostAsync($"/api/reports/{id}/validate", HttpStatusCode.OK);

        Assert.Equal("alternative", validated.GetProperty("path").GetString());
        Assert.Contains(validated.GetProperty("aiStatement").EnumerateArray(), l => l.GetString()!.Contains("zonder AI", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Null, validated.GetProperty("editRatio").ValueKind);
        Assert.NotNull(Store.Conversations.Find(conversation)!.ReportValidatedAt);
    }

    [Fact]
    public async Task NotApplicable_ShouldCloseAnEmptySectionAsTheWorkersDecisionAndNeverHoldText()
    {
        var conversation = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        await PutConsentAsync(conversation, false, false, false);
        var report = await PostReportAsync(conversation, "intakeverslag", "manual", HttpStatusCode.Created);
        var id = report.GetProperty("id").GetGuid();
        var content = JsonNode.Parse(report.GetProperty("content").GetRawText())!;

        var both = WithSentence(content, "huisvesting", "Mevrouw huurt een appartement.", []);
        both["sections"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == "huisvesting")!["notApplicable"] = true;
        await PutReportAsync(id, both, HttpStatusCode.BadRequest);
        var saved = await PutReportAsync(id, NothingLeftOpen(WithSentence(content, "huisvesting", "Mevrouw huurt een appartement.", [])), HttpStatusCode.OK);
        await PostAsync($"/api/reports/{id}/validate", HttpStatusCode.OK);
        var docx = DocxText(await Worker.GetByteArrayAsync($"/api/reports/{id}/export?format=docx"));

        var sections = saved.GetProperty("content").GetProperty("sections").EnumerateArray().ToList();
        Assert.True(sections.Single(s => s.GetProperty("id").GetString() == "gezondheid").GetProperty("notApplicable").GetBoolean());
        Assert.False(sections.Single(s => s.GetProperty("id").GetString() == "huisvesting").TryGetProperty("notApplicable", out _));
        Assert.Contains("Niet van toepassing.", docx, StringComparison.Ordinal);
        Assert.Contains("Mevrouw huurt een appartement.", docx, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revocation_ShouldKeepTheValidatedReportAndDestroyTheDraft()
    {
        var conversation = await TranscribedConversationAsync(aiDrafting: true);
        var kept = await PostReportAsync(conversation, "intakeverslag", "extractive", HttpStatusCode.Created);
        var keptId = kept.GetProperty("id").GetGuid();
        await PutReportAsync(keptId, NothingLeftOpen(WithoutUnsupported(kept)), HttpStatusCode.OK);
        await PostAsync($"/api/reports/{keptId}/validate", HttpStatusCode.OK);
        var draft = await PostReportAsync(conversation, "intakeverslag", "extractive", HttpStatusCode.Created);

        (await Worker.PostAsJsonAsync($"/api/dossiers/{NorthDossier()}/revocations", new { channel = "formulier" })).EnsureSuccessStatusCode();

        var stillThere = await Worker.GetFromJsonAsync<JsonElement>($"/api/reports/{keptId}");
        Assert.Equal("validated", stillThere.GetProperty("status").GetString());
        Assert.True(stillThere.GetProperty("sourcesRemoved").GetBoolean());
        Assert.Equal("bron verwijderd na intrekking toestemming", stillThere.GetProperty("sourcesNotice").GetString());
        Assert.NotEmpty(stillThere.GetProperty("content").GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("sentences").EnumerateArray()));
        using var gone = await Worker.GetAsync($"/api/reports/{draft.GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
    }

    [Fact]
    public async Task Export_AfterRevocation_ShouldStillOpenAndMarkTheSourcesAsRemoved()
    {
        var conversation = await TranscribedConversationAsync(aiDrafting: true);
        var report = await PostReportAsync(conversation, "intakeverslag", "extractive", HttpStatusCode.Created);
        var id = report.GetProperty("id").GetGuid();
        var draftDocx = DocxText(await Worker.GetByteArrayAsync($"/api/reports/{id}/export?format=docx"));
        await PutReportAsync(id, NothingLeftOpen(WithoutUnsupported(report)), HttpStatusCode.OK);
        await PostAsync($"/api/reports/{id}/validate", HttpStatusCode.OK);
        var before = DocxText(await Worker.GetByteArrayAsync($"/api/reports/{id}/export?format=docx"));

        (await Worker.PostAsJsonAsync($"/api/dossiers/{NorthDossier()}/revocations", new { channel = "gesprek" })).EnsureSuccessStatusCode();
        var after = DocxText(await Worker.GetByteArrayAsync($"/api/reports/{id}/export?format=docx"));
        var pdf = await Worker.GetByteArrayAsync($"/api/reports/{id}/export?format=pdf");

        Assert.Contains("ONTWERP", draftDocx, StringComparison.Ordinal);
        Assert.DoesNotContain("ONTWERP", before, StringComparison.Ordinal);
        Assert.Contains("bron: ", before, StringComparison.Ordinal);
        Assert.Contains("gevalideerd door", after, StringComparison.Ordinal);
        Assert.Contains("bron verwijderd na intrekking toestemming", after, StringComparison.Ordinal);
        Assert.DoesNotContain("bron: ", after, StringComparison.Ordinal);
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        Assert.Contains(Store.Audit.Read(0, 10_000), e => e.Action == "report.export");
    }

    [Fact]
    public async Task Figures_ShouldGiveTheTeamLeadEditRatioUnsupportedAndTimeToValidation()
    {
        var conversation = await TranscribedConversationAsync(aiDrafting: true);
        (await Worker.PostAsync($"/api/conversations/{conversation}/end", null)).EnsureSuccessStatusCode();
        var report = await PostReportAsync(conversation, "intakeverslag", "extractive", HttpStatusCode.Created);
        var id = report.GetProperty("id").GetGuid();
        await PutReportAsync(id, NothingLeftOpen(WithoutUnsupported(report)), HttpStatusCode.OK);
        await PostAsync($"/api/reports/{id}/validate", HttpStatusCode.OK);
        using var lead = Appliance.ClientWithToken(await Appliance.TokenAsync("teamlead"));
        // The period is in the box's time zone: between 23:00 and 24:00 UTC Brussels is already a day further.
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels")).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var figures = await lead.GetFromJsonAsync<JsonElement>($"/api/reports/figures?from={today}&to={today}");
        using var byWorker = await Worker.GetAsync($"/api/reports/figures?from={today}&to={today}");

        var row = Assert.Single(figures.GetProperty("reports").EnumerateArray());
        Assert.Equal("ai", row.GetProperty("path").GetString());
        Assert.Equal(report.GetProperty("engineSentences").GetInt32(), row.GetProperty("engineSentences").GetInt32());
        Assert.Equal(report.GetProperty("unsupportedAtGeneration").GetInt32(), row.GetProperty("unsupportedAtGeneration").GetInt32());
        Assert.InRange(row.GetProperty("editRatio").GetDouble(), 0, 1);
        Assert.InRange(row.GetProperty("hoursFromEndToValidation").GetDouble(), 0, 1);
        Assert.Equal(HttpStatusCode.Forbidden, byWorker.StatusCode);

        // The API's shape: these names, in this order, for the team lead's tools.
        Assert.Equal(["from", "to", "reports", "summary"], figures.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["id", "version", "path", "engine", "template", "editRatio", "engineSentences", "unsupportedAtGeneration", "hoursFromEndToValidation"],
            row.EnumerateObject().Select(p => p.Name));
        var summary = figures.GetProperty("summary");
        Assert.Equal(
            ["validated", "ai", "alternative", "medianEditRatio", "unsupportedShare", "medianHoursToValidationAi", "medianHoursToValidationAlternative"],
            summary.EnumerateObject().Select(p => p.Name));
        Assert.Equal((1, 1, 0), (summary.GetProperty("validated").GetInt32(), summary.GetProperty("ai").GetInt32(), summary.GetProperty("alternative").GetInt32()));
        Assert.Equal(row.GetProperty("editRatio").GetDouble(), summary.GetProperty("medianEditRatio").GetDouble());
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("medianHoursToValidationAlternative").ValueKind);
        Assert.Equal(id, row.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Figures_WhenAReportWasRevised_ShouldCountItOnceAndMeasureTheRevisionAgainstItsPredecessor()
    {
        var conversation = await TranscribedConversationAsync(aiDrafting: true);
        (await Worker.PostAsync($"/api/conversations/{conversation}/end", null)).EnsureSuccessStatusCode();
        var report = await PostReportAsync(conversation, "intakeverslag", "extractive", HttpStatusCode.Created);
        var id = report.GetProperty("id").GetGuid();
        await PutReportAsync(id, NothingLeftOpen(WithoutUnsupported(report)), HttpStatusCode.OK);
        var first = await PostAsync($"/api/reports/{id}/validate", HttpStatusCode.OK);
        var revision = await PostAsync($"/api/reports/{id}/revisions", HttpStatusCode.Created);
        var corrected = JsonNode.Parse(revision.GetProperty("content").GetRawText())!;
        var longest = corrected["sections"]!.AsArray().MaxBy(s => s!["sentences"]!.AsArray().Count)!["sentences"]!.AsArray();
        longest.RemoveAt(longest.Count - 1);
        await PutReportAsync(id, corrected, HttpStatusCode.OK);
        var second = await PostAsync($"/api/reports/{id}/validate", HttpStatusCode.OK);
        using var lead = Appliance.ClientWithToken(await Appliance.TokenAsync("teamlead"));
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels")).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var figures = await lead.GetFromJsonAsync<JsonElement>($"/api/reports/figures?from={today}&to={today}");

        var row = Assert.Single(figures.GetProperty("reports").EnumerateArray());
        Assert.Equal(2, row.GetProperty("version").GetInt32());
        Assert.Equal(first.GetProperty("editRatio").GetDouble(), row.GetProperty("editRatio").GetDouble());
        Assert.Equal(1, figures.GetProperty("summary").GetProperty("validated").GetInt32());
        var revisionRatio = second.GetProperty("editRatio").GetDouble();
        Assert.InRange(revisionRatio, 0.0001, 1);
    }

    [Theory]
    [InlineData("0001-01-01", "9999-12-31")]
    [InlineData("1999-12-31", "2026-01-01")]
    [InlineData("2026-01-01", "2101-01-01")]
    public async Task Figures_WhenThePeriodIsOutsideWhatTheBoxCanHold_ShouldAnswerDutch400(string from, string to)
    {
        using var lead = Appliance.ClientWithToken(await Appliance.TokenAsync("teamlead"));

        using var figures = await lead.GetAsync($"/api/reports/figures?from={from}&to={to}");
        using var parity = await lead.GetAsync($"/api/reports/parity?from={from}&to={to}");

        Assert.Equal(HttpStatusCode.BadRequest, figures.StatusCode);
        Assert.Contains("Kies een periode tussen", (await figures.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, parity.StatusCode);
    }

    [Fact]
    public async Task Templates_ShouldListAllAndLetOnlyAFunctionalAdminAddANewerVersion()
    {
        var listed = await Worker.GetFromJsonAsync<JsonElement>("/api/templates");
        Assert.Equal(8, listed.EnumerateArray().Select(t => t.GetProperty("id").GetString()).Distinct().Count());
        var intake = File.ReadAllText(Path.Combine(ExternalProcess.RepositoryRoot, "firmware-config", "templates", "intakeverslag.v1.json"));
        var v2 = JsonNode.Parse(intake)!.AsObject();
        v2["version"] = "2";
        v2["reason"] = "Sectie-uitleg verduidelijkt na evaluatie.";
        using var admin = Appliance.ClientWithToken(await Appliance.TokenAsync("functional-admin"));

        using var byWorker = await Worker.PostAsync("/api/templates", Json(v2));
        using var added = await admin.PostAsync("/api/templates", Json(v2));
        using var again = await admin.PostAsync("/api/templates", Json(v2));
        using var broken = await admin.PostAsync("/api/templates", new StringContent("{ \"id\": ", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Forbidden, byWorker.StatusCode);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        var versions = (await Worker.GetFromJsonAsync<JsonElement>("/api/templates")).EnumerateArray().Where(t => t.GetProperty("id").GetString() == "intakeverslag").ToList();
        Assert.Equal(["1", "2"], versions.Select(v => v.GetProperty("version").GetString()).Order());
        Assert.Equal("frank.beheer", versions.Single(v => v.GetProperty("version").GetString() == "2").GetProperty("addedBy").GetString());
    }

    private async Task<Guid> TranscribedConversationAsync(bool aiDrafting)
    {
        var conversation = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        await PutConsentAsync(conversation, true, true, aiDrafting);
        StoredSample.SaveTranscript(Store, conversation);
        return conversation;
    }

    private async Task<JsonElement> PostReportAsync(Guid conversation, string template, string engine, HttpStatusCode expected)
    {
        using var response = await Worker.PostAsJsonAsync($"/api/conversations/{conversation}/reports", new { template, engine });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(expected == response.StatusCode, $"{response.StatusCode}: {body}");
        return body;
    }

    private async Task<JsonElement> PutReportAsync(Guid id, JsonNode content, HttpStatusCode expected)
    {
        using var response = await Worker.PutAsync($"/api/reports/{id}", Json(content));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(expected == response.StatusCode, $"{response.StatusCode}: {body}");
        return body;
    }

    private async Task<JsonElement> PostAsync(string path, HttpStatusCode expected)
    {
        using var response = await Worker.PostAsync(path, null);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(expected == response.StatusCode, $"{response.StatusCode}: {body}");
        return body;
    }

    /// <summary>The visible text of a DOCX (its main part), for assertions.</summary>
    private static string DocxText(byte[] docx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        var text = new System.Text.StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("word/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            var xml = System.Xml.Linq.XDocument.Parse(reader.ReadToEnd());
            text.AppendJoin(' ', xml.Descendants().Where(e => e.Name.LocalName == "p").Select(p => string.Concat(p.Descendants().Where(t => t.Name.LocalName == "t").Select(t => t.Value))));
            text.Append('\n');
        }

        return text.ToString();
    }

    private static StringContent Json(JsonNode node) => new(node.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    private static JsonNode WithSentence(JsonElement report, string section, string text, string[] sources) =>
        WithSentence(JsonNode.Parse(report.GetProperty("content").GetRawText())!, section, text, sources);

    private static JsonNode WithSentence(JsonNode content, string section, string text, string[] sources)
    {
        var copy = JsonNode.Parse(content.ToJsonString())!;
        var target = copy["sections"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == section)!;
        target["sentences"]!.AsArray().Add(new JsonObject { ["text"] = text, ["sources"] = new JsonArray(sources.Select(s => (JsonNode)JsonValue.Create(s)!).ToArray()) });
        return copy;
    }

    /// <summary>What a worker does last before validating: "niet van toepassing" on every section still empty.</summary>
    private static JsonNode NothingLeftOpen(JsonNode content)
    {
        var copy = JsonNode.Parse(content.ToJsonString())!;
        foreach (var section in copy["sections"]!.AsArray().Where(s => s!["sentences"]!.AsArray().Count == 0))
        {
            section!["notApplicable"] = true;
        }

        return copy;
    }

    private static JsonNode WithoutUnsupported(JsonElement report)
    {
        var content = JsonNode.Parse(report.GetProperty("content").GetRawText())!;
        foreach (var section in content["sections"]!.AsArray())
        {
            var sentences = section!["sentences"]!.AsArray();
            foreach (var sentence in sentences.Where(s => s!["status"]?.GetValue<string>() == "unsupported").ToList())
            {
                sentences.Remove(sentence);
            }
        }

        return content;
    }
}
