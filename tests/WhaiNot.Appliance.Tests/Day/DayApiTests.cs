using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WhaiNot.Appliance.Tests.Day;

/// <summary>
/// The day through the real API: strict bodies with Dutch refusals, appointments planned, moved and
/// linked to their conversation, actions taken over from a validated report with their source
/// sentence, legal terms from the procedure dates, the overview, and what a revocation leaves.
/// </summary>
public sealed class DayApiTests : NorthWorkerTest
{
    [Theory]
    [InlineData("actions", """{"who":"client","what":"Loonfiches","dueOn":"2026-02-30"}""", "'dueOn' is geen geldige datum")]
    [InlineData("actions", """{"who":"client","what":"Loonfiches","dueOn":"30-03-2026"}""", "'dueOn' is geen geldige datum")]
    [InlineData("actions", """{"who":"client","what":"Loonfiches","dueOn":20260330}""", "'dueOn' moet tekst zijn")]
    [InlineData("actions", """{"who":"client","what":"Loonfiches","reden":"x"}""", "Onbekend veld 'reden'")]
    [InlineData("actions", """{"who":"buurman","what":"Loonfiches"}""", "worker, client of third-party")]
    [InlineData("actions", """["who"]""", "JSON-object")]
    [InlineData("appointments", """{"date":"2026-03-24","time":"25:00","telephone":true}""", "'time' is geen geldig uur")]
    [InlineData("appointments", """{"date":"2026-3-24","time":"10:00","telephone":true}""", "'date' is geen geldige datum")]
    [InlineData("appointments", """{"date":"2026-03-24","time":"10:00","telephone":true,"client":"x"}""", "Onbekend veld 'client'")]
    [InlineData("appointments", """{"date":"2026-03-24","time":"10:00","telephone":true,"homeVisit":true}""", "geen huisbezoek")]
    [InlineData("procedure", """{"aid":"social-integration","aidRequestedOn":"2026-02-29"}""", "'aidRequestedOn' is geen geldige datum")]
    [InlineData("procedure", """{"aid":"leefloon"}""", "social-integration")]
    [InlineData("procedure", """{"aid":"social-integration","decisionOn":"2026-01-05"}""", "Onbekend veld 'decisionOn'")]
    public async Task Body_InTheWrongShape_ShouldBeRefusedWith400InDutchAndStoreNothing(string what, string body, string expected)
    {
        var dossier = NorthDossier();

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = what == "procedure"
            ? await Worker.PutAsync($"/api/dossiers/{dossier}/procedure", content)
            : await Worker.PostAsync($"/api/dossiers/{dossier}/{what}", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(Store.Actions.ForDossier(dossier));
        Assert.Empty(Store.Appointments.ForDossier(dossier));
        Assert.Null(Store.ProcedureDates.For(dossier).Aid);
    }

    [Theory]
    [InlineData("/api/day?date=2026-02-30", "'date' is geen geldige datum")]
    [InlineData("/api/day?date=23/03/2026", "'date' is geen geldige datum")]
    [InlineData("/api/day?date=2026-03-23&worker=an", "'worker' is geen geldig id")]
    public async Task Day_WithAnImpossibleQuery_ShouldAnswer400InDutch(string path, string expected)
    {
        using var response = await Worker.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Appointment_ShouldBePlannedMovedListedShownOnItsDayAndLinkedToItsConversation()
    {
        var dossier = NorthDossier();
        var planned = await SendAsync(HttpMethod.Post, $"/api/dossiers/{dossier}/appointments", """{"date":"2026-03-24","time":"10:00","place":"Kerkstraat 12","homeVisit":true}""", HttpStatusCode.Created);
        var id = planned.GetProperty("id").GetGuid();

        var moved = await SendAsync(HttpMethod.Put, $"/api/appointments/{id}", """{"date":"2026-03-25","time":"14:30","telephone":true}""", HttpStatusCode.OK);
        var list = await Worker.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossier}/appointments");
        var dayOfMove = await Worker.GetFromJsonAsync<JsonElement>("/api/day?date=2026-03-25");
        var dayBefore = await Worker.GetFromJsonAsync<JsonElement>("/api/day?date=2026-03-24");
        var started = await SendAsync(HttpMethod.Post, $"/api/appointments/{id}/conversation", null, HttpStatusCode.Created);
        await SendAsync(HttpMethod.Put, $"/api/appointments/{id}", """{"date":"2026-03-26","time":"09:00","telephone":true}""", HttpStatusCode.Conflict);
        await SendAsync(HttpMethod.Post, $"/api/appointments/{id}/conversation", null, HttpStatusCode.Conflict);

        Assert.Equal(id, moved.GetProperty("id").GetGuid());
        Assert.Equal(("2026-03-25", "14:30", true, false), (moved.GetProperty("date").GetString(), moved.GetProperty("time").GetString(), moved.GetProperty("telephone").GetBoolean(), moved.GetProperty("homeVisit").GetBoolean()));
        Assert.Equal(id, Assert.Single(list.EnumerateArray()).GetProperty("id").GetGuid());
        var shown = Assert.Single(dayOfMove.GetProperty("appointments").EnumerateArray());
        Assert.Equal(id, shown.GetProperty("appointment").GetProperty("id").GetGuid());
        Assert.False(string.IsNullOrEmpty(shown.GetProperty("dossierReference").GetString()));
        Assert.Empty(dayBefore.GetProperty("appointments").EnumerateArray());
        var conversation = started.GetProperty("conversation").GetProperty("id").GetGuid();
        Assert.Equal(conversation, started.GetProperty("appointment").GetProperty("conversationId").GetGuid());
        Assert.Equal(dossier, Store.Conversations.Find(conversation)!.DossierId);
        Assert.Equal(conversation, Store.Appointments.Find(id)!.ConversationId);
    }

    [Fact]
    public async Task TakeOver_FromAValidatedReport_ShouldKeepTheSourceSentenceAndOnlyWhatTheWorkerConfirms()
    {
        var (report, _) = await ValidatedIntakeAsync("Mevrouw bezorgt de loonfiches.", "De werker vraagt het huurcontract op.");

        var proposals = await Worker.GetFromJsonAsync<JsonElement>($"/api/reports/{report}/proposed-actions?version=1");
        Assert.Empty(Store.Actions.ForDossier(NorthDossier()));
        var second = proposals.EnumerateArray().Single(p => p.GetProperty("text").GetString() == "De werker vraagt het huurcontract op.");
        Assert.Equal("afspraken", second.GetProperty("sectionId").GetString());
        var index = second.GetProperty("sentenceIndex").GetInt32();
        var body = $$"""{"version":1,"actions":[{"sectionId":"afspraken","sentenceIndex":{{index}},"who":"worker","dueOn":"2026-04-01"}]}""";

        var taken = await SendAsync(HttpMethod.Post, $"/api/reports/{report}/actions", body, HttpStatusCode.Created);
        await SendAsync(HttpMethod.Post, $"/api/reports/{report}/actions", body, HttpStatusCode.Conflict);
        var badDate = body.Replace("2026-04-01", "2026-04-31", StringComparison.Ordinal);
        var refused = await SendAsync(HttpMethod.Post, $"/api/reports/{report}/actions", badDate, HttpStatusCode.BadRequest);

        var action = Assert.Single(taken.EnumerateArray());
        var source = action.GetProperty("source");
        Assert.Equal((report, 1, "afspraken", index), (source.GetProperty("reportId").GetGuid(), source.GetProperty("reportVersion").GetInt32(), source.GetProperty("sectionId").GetString(), source.GetProperty("sentenceIndex").GetInt32()));
        Assert.Equal("De werker vraagt het huurcontract op.", action.GetProperty("what").GetString());
        Assert.Equal("2026-04-01", action.GetProperty("dueOn").GetString());
        var stored = Assert.Single(Store.Actions.ForDossier(NorthDossier()));
        Assert.Equal(new WhaiNot.Domain.Day.ActionSource(report, 1, "afspraken", index), stored.Source);
        Assert.Contains("geen geldige datum", refused.GetProperty("error").GetString(), StringComparison.Ordinal);
        var again = await Worker.GetFromJsonAsync<JsonElement>($"/api/reports/{report}/proposed-actions?version=1");
        Assert.True(again.EnumerateArray().Single(p => p.GetProperty("sentenceIndex").GetInt32() == index).GetProperty("takenOver").GetBoolean());
    }

    [Fact]
    public async Task Actions_ShouldBeAddedByHandMarkedDoneAndReopened_AndShowOnTheDayWhileDue()
    {
        var dossier = NorthDossier();
        var added = await SendAsync(HttpMethod.Post, $"/api/dossiers/{dossier}/actions", """{"who":"third-party","what":"Mutualiteit belt terug","dueOn":"2026-03-20"}""", HttpStatusCode.Created);
        var id = added.GetProperty("id").GetGuid();

        var dueDay = await Worker.GetFromJsonAsync<JsonElement>("/api/day?date=2026-03-23");
        var done = await SendAsync(HttpMethod.Post, $"/api/actions/{id}/done", null, HttpStatusCode.OK);
        await SendAsync(HttpMethod.Post, $"/api/actions/{id}/done", null, HttpStatusCode.Conflict);
        var afterDone = await Worker.GetFromJsonAsync<JsonElement>("/api/day?date=2026-03-23");
        var reopened = await SendAsync(HttpMethod.Post, $"/api/actions/{id}/reopen", null, HttpStatusCode.OK);

        var due = Assert.Single(dueDay.GetProperty("actions").EnumerateArray());
        Assert.Equal(3, due.GetProperty("daysOverdue").GetInt32());
        Assert.Equal("third-party", due.GetProperty("action").GetProperty("who").GetString());
        Assert.Equal(JsonValueKind.Null, added.GetProperty("source").ValueKind);
        Assert.True(done.GetProperty("done").GetBoolean());
        Assert.Empty(afterDone.GetProperty("actions").EnumerateArray());
        Assert.False(reopened.GetProperty("done").GetBoolean());
    }

    [Fact]
    public async Task Procedure_ShouldGiveTheLegalTermsWithRuleAndSource_AndTheDayShowsTheRunningOne()
    {
        var dossier = NorthDossier();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels")).DateTime);
        var requested = today.AddDays(-25).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var saved = await SendAsync(HttpMethod.Put, $"/api/dossiers/{dossier}/procedure", $$"""{"aid":"social-integration","aidRequestedOn":"{{requested}}"}""", HttpStatusCode.OK);
        var read = await Worker.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossier}/procedure");
        var day = await Worker.GetFromJsonAsync<JsonElement>("/api/day");
        var future = today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var refused = await SendAsync(HttpMethod.Put, $"/api/dossiers/{dossier}/procedure", $$"""{"aid":"social-integration","aidRequestedOn":"{{future}}"}""", HttpStatusCode.BadRequest);

        var term = Assert.Single(saved.GetProperty("terms").EnumerateArray());
        Assert.Equal("Decision", term.GetProperty("kind").GetString());
        Assert.Contains("RMI-wet", term.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(term.GetProperty("rule").GetString()));
        Assert.Equal(today.AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), term.GetProperty("calendarEnd").GetString());
        Assert.Equal(requested, read.GetProperty("dates").GetProperty("aidRequestedOn").GetString());
        var shown = Assert.Single(day.GetProperty("terms").EnumerateArray());
        Assert.Equal(dossier, shown.GetProperty("dossierId").GetGuid());
        Assert.Equal(term.GetProperty("endsOn").GetString(), shown.GetProperty("term").GetProperty("endsOn").GetString());
        Assert.False(string.IsNullOrWhiteSpace(refused.GetProperty("error").GetString()));
        Assert.Equal(requested, read.GetProperty("dates").GetProperty("aidRequestedOn").GetString());
    }

    [Fact]
    public async Task TeamLead_ShouldSeeTheDayOfAWorkerOfTheTeam()
    {
        var dossier = NorthDossier();
        await SendAsync(HttpMethod.Post, $"/api/dossiers/{dossier}/appointments", """{"date":"2026-03-24","time":"10:00","telephone":true}""", HttpStatusCode.Created);
        using var lead = Appliance.ClientWithToken(await Appliance.TokenAsync("teamlead", North));
        var workerId = Store.Accounts.FindUser(Appliance.Credential("worker", North).Username)!.Id;

        var ownDay = await lead.GetFromJsonAsync<JsonElement>("/api/day?date=2026-03-24");
        var workersDay = await lead.GetFromJsonAsync<JsonElement>($"/api/day?date=2026-03-24&worker={workerId}");

        Assert.Empty(ownDay.GetProperty("appointments").EnumerateArray());
        Assert.Single(workersDay.GetProperty("appointments").EnumerateArray());
        Assert.Equal(workerId, workersDay.GetProperty("worker").GetProperty("id").GetGuid());
        Assert.Contains(Store.Audit.Read(0, 100_000), e => e.Action == "day.read" && e.Target == "user:" + workerId.ToString("N") && e.Actor == Appliance.Credential("teamlead", North).Username);
    }

    [Fact]
    public async Task Revocation_ShouldKeepAppointmentsAndActions_AndTheirLinksSayTheTranscriptIsDestroyed()
    {
        var dossier = NorthDossier();
        var (report, _) = await ValidatedIntakeAsync("Mevrouw bezorgt de loonfiches.");
        var planned = await SendAsync(HttpMethod.Post, $"/api/dossiers/{dossier}/appointments", """{"date":"2026-03-24","time":"10:00","telephone":true}""", HttpStatusCode.Created);
        var appointment = planned.GetProperty("id").GetGuid();
        var started = await SendAsync(HttpMethod.Post, $"/api/appointments/{appointment}/conversation", null, HttpStatusCode.Created);
        await PutConsentAsync(started.GetProperty("conversation").GetProperty("id").GetGuid(), true, true, false);
        await SendAsync(HttpMethod.Post, $"/api/reports/{report}/actions", """{"version":1,"actions":[{"sectionId":"afspraken","sentenceIndex":0,"who":"client"}]}""", HttpStatusCode.Created);
        await SendAsync(HttpMethod.Post, $"/api/dossiers/{dossier}/actions", """{"who":"worker","what":"Huisbezoek plannen"}""", HttpStatusCode.Created);
        var beforeActions = await Worker.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossier}/actions");

        (await Worker.PostAsJsonAsync($"/api/dossiers/{dossier}/revocations", new { channel = "formulier" })).EnsureSuccessStatusCode();

        var appointments = await Worker.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossier}/appointments");
        var actions = await Worker.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossier}/actions");
        var day = await Worker.GetFromJsonAsync<JsonElement>("/api/day?date=2026-03-24");
        var kept = Assert.Single(appointments.EnumerateArray());
        Assert.True(kept.GetProperty("conversationDestroyed").GetBoolean());
        Assert.Equal("opname en transcript vernietigd na intrekking toestemming", kept.GetProperty("conversationNotice").GetString());
        Assert.True(Assert.Single(day.GetProperty("appointments").EnumerateArray()).GetProperty("appointment").GetProperty("conversationDestroyed").GetBoolean());
        Assert.Equal(2, actions.GetArrayLength());
        Assert.False(beforeActions.EnumerateArray().Single(a => a.GetProperty("source").ValueKind != JsonValueKind.Null).GetProperty("source").GetProperty("transcriptDestroyed").GetBoolean());
        var taken = actions.EnumerateArray().Single(a => a.GetProperty("source").ValueKind != JsonValueKind.Null).GetProperty("source");
        Assert.True(taken.GetProperty("transcriptDestroyed").GetBoolean());
        Assert.Equal("bron verwijderd na intrekking toestemming", taken.GetProperty("notice").GetString());
        Assert.Equal(report, taken.GetProperty("reportId").GetGuid());
    }

    /// <summary>A validated intake report (the alternative path, the worker's own sentences) with these agreements.</summary>
    private async Task<(Guid Report, Guid Conversation)> ValidatedIntakeAsync(params string[] agreements)
    {
        var conversation = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        await PutConsentAsync(conversation, true, true, false);
        var report = await SendAsync(HttpMethod.Post, $"/api/conversations/{conversation}/reports", """{"template":"intakeverslag","engine":"manual"}""", HttpStatusCode.Created);
        var id = report.GetProperty("id").GetGuid();
        var content = JsonNode.Parse(report.GetProperty("content").GetRawText())!;
        var sections = content["sections"]!.AsArray();
        sections.Single(s => s!["id"]!.GetValue<string>() == "huisvesting")!["sentences"]!.AsArray().Add(new JsonObject { ["text"] = "Mevrouw huurt een appartement.", ["sources"] = new JsonArray() });
        var target = sections.Single(s => s!["id"]!.GetValue<string>() == "afspraken")!["sentences"]!.AsArray();
        foreach (var text in agreements)
        {
            target.Add(new JsonObject { ["text"] = text, ["sources"] = new JsonArray() });
        }

        // The rest has nothing to say: the worker marks it so, as validation requires.
        foreach (var empty in sections.Where(s => s!["sentences"]!.AsArray().Count == 0))
        {
            empty!["notApplicable"] = true;
        }

        await SendAsync(HttpMethod.Put, $"/api/reports/{id}", content.ToJsonString(), HttpStatusCode.OK);
        await SendAsync(HttpMethod.Post, $"/api/reports/{id}/validate", null, HttpStatusCode.OK);
        return (id, conversation);
    }

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, string? body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await Worker.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{method} {path}: {response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
