using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using WhaiNot.Appliance.Edge;
using WhaiNot.Appliance.Hubs;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Texts;

namespace WhaiNot.Appliance.Tests;

/// <summary>
/// Each kind of refusal, raised by a real service through the real API and the real hub, reaches the
/// caller as its status code with the Dutch message (API) or as a hub error with the same message.
/// </summary>
public sealed class RefusalMappingTests : NorthWorkerTest
{
    [Fact]
    public async Task NotFound_ShouldAnswer404InTheApiAndTheSameMessageOnTheHub()
    {
        var unknown = Guid.NewGuid();
        await using var connection = await ConnectAsync(WorkerToken);

        var (status, error) = await ErrorAsync(await Worker.GetAsync($"/api/conversations/{unknown}"));
        var hubError = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("JoinConversation", unknown));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(AccessTexts.ConversationNotFound, error);
        Assert.Contains(AccessTexts.ConversationNotFound, hubError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotAllowed_ShouldAnswer403AndAuditTheDenialOnTheApiAndOnTheHubAlike()
    {
        var conversation = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        var southToken = await Appliance.TokenAsync("worker", "Sociale dienst Zuid");
        using var south = Appliance.ClientWithToken(southToken);
        await using var southHub = await ConnectAsync(southToken);

        var before = Denials();
        var (status, error) = await ErrorAsync(await south.PostAsync($"/api/conversations/{conversation}/end", null));
        var afterApi = Denials();
        var hubError = await Assert.ThrowsAsync<HubException>(() => southHub.InvokeAsync("JoinConversation", conversation));
        var afterHub = Denials();

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(AccessTexts.Forbidden, error);
        Assert.Contains(AccessTexts.Forbidden, hubError.Message, StringComparison.Ordinal);
        Assert.Equal(before + 1, afterApi);
        Assert.Equal(afterApi + 1, afterHub);
    }

    [Fact]
    public async Task Conflict_ShouldAnswer409WithTheReasonAndRefuseAudioWithoutConsentOnTheHub()
    {
        var conversation = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        (await Worker.PostAsync($"/api/conversations/{conversation}/end", null)).EnsureSuccessStatusCode();
        await using var connection = await ConnectAsync(WorkerToken);

        var (status, error) = await ErrorAsync(await Worker.PostAsync($"/api/conversations/{conversation}/end", null));
        var hubError = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("UploadAudio", conversation, OneChunk(new byte[3200])));

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal(ConversationTexts.AlreadyEnded, error);
        Assert.Contains("geen toestemming voor een opname", hubError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gone_AfterARevocation_ShouldAnswer410ForTheTranscriptAndTheAudio()
    {
        var dossier = NorthDossier();
        var conversation = (await CreateConversationAsync(dossier)).GetProperty("id").GetGuid();
        await PutConsentAsync(conversation, true, true, false);
        await using (var connection = await ConnectAsync(WorkerToken))
        {
            await connection.InvokeAsync("UploadAudio", conversation, OneChunk(new byte[3200]));
        }

        StoredSample.SaveTranscript(Store, conversation);
        (await Worker.PostAsJsonAsync($"/api/dossiers/{dossier}/revocations", new { channel = "gesprek" })).EnsureSuccessStatusCode();

        var (transcriptStatus, transcriptError) = await ErrorAsync(await Worker.GetAsync($"/api/conversations/{conversation}/transcript"));
        var (audioStatus, audioError) = await ErrorAsync(await Worker.GetAsync($"/api/conversations/{conversation}/audio"));

        Assert.Equal(HttpStatusCode.Gone, transcriptStatus);
        Assert.Contains("vernietigd na de intrekking", transcriptError, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, audioStatus);
        Assert.Contains("vernietigd na de intrekking", audioError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidRequest_ShouldAnswer400WithWhatIsExpectedAndRefuseABadChunkOnTheHub()
    {
        var conversation = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        await PutConsentAsync(conversation, true, false, false);
        await using var connection = await ConnectAsync(WorkerToken);

        var (status, error) = await ErrorAsync(await Worker.PutAsJsonAsync($"/api/conversations/{conversation}/consent", new { recording = false, transcription = true, aiDrafting = false }));
        var hubError = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("UploadAudio", conversation, OneChunk(new byte[3199])));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(ConversationTexts.TranscriptionNeedsRecording, error);
        Assert.Contains("oneven aantal bytes", hubError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unavailable_WhenNoLanguageModelIsOnTheBox_ShouldAnswer503AndStoreNoReport()
    {
        var conversation = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        await PutConsentAsync(conversation, true, true, true);
        StoredSample.SaveTranscript(Store, conversation);

        var (status, error) = await ErrorAsync(await Worker.PostAsJsonAsync($"/api/conversations/{conversation}/reports", new { template = "intakeverslag", engine = "llm" }));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("taalmodel", error, StringComparison.Ordinal);
        Assert.Empty(Store.Reports.ForConversation(conversation));
    }

    [Theory]
    [InlineData(typeof(NotFoundRefusal), 404)]
    [InlineData(typeof(NotAllowedRefusal), 403)]
    [InlineData(typeof(ConflictRefusal), 409)]
    [InlineData(typeof(GoneRefusal), 410)]
    [InlineData(typeof(InvalidRequestRefusal), 400)]
    [InlineData(typeof(UnavailableRefusal), 503)]
    [InlineData(typeof(EngineFailedRefusal), 502)]
    public async Task EveryKind_ShouldMapToItsOwnStatusAndKeepItsMessageAsAHubError(Type kind, int status)
    {
        var refusal = (Refusal)Activator.CreateInstance(kind, "Een reden in het Nederlands.")!;
        var filter = new RefusalHubFilter();

        var hubError = await Assert.ThrowsAsync<HubException>(async () => await filter.InvokeMethodAsync(null!, _ => throw refusal));

        Assert.Equal(status, RefusalStatus.Of(refusal));
        Assert.Equal("Een reden in het Nederlands.", hubError.Message);
    }

    [Fact]
    public async Task HubFilter_ShouldLeaveAnUnexpectedFailureToTheFrameworkSoNoDetailReachesTheClient()
    {
        var filter = new RefusalHubFilter();

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await filter.InvokeMethodAsync(null!, _ => throw new InvalidOperationException("intern detail")));
    }

    private int Denials() => Store.Audit.Read(0, 10_000).Count(e => e.Action == AuditAction.DossierDenied);

    private static async Task<(HttpStatusCode Status, string Error)> ErrorAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            return (response.StatusCode, body.GetProperty("error").GetString()!);
        }
    }

    private static async IAsyncEnumerable<AudioChunk> OneChunk(byte[] pcm)
    {
        await Task.Yield();
        yield return new AudioChunk(0, pcm);
    }
}
