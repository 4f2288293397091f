using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace WhaiNot.Appliance.Tests;

/// <summary>
/// A box whose disk is below its free-space minimum (set here far above any real disk): no new
/// recording starts, in Dutch; a recording already under way goes on, so nothing acknowledged is lost.
/// </summary>
public sealed class DiskFullTests : NorthWorkerTest
{
    protected override IEnumerable<string> ExtraArguments =>
        ["--Appliance:MinimumFreeDiskMegabytes", "10000000", "--Appliance:DiskWarningMegabytes", "10000000"];

    [Fact]
    public async Task NewRecording_OnAFullDisk_ShouldBeRefusedInDutchAndStoreNothing()
    {
        var conversation = await RecordableConversationAsync();
        await using var connection = await ConnectAsync(WorkerToken);

        var error = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("UploadAudio", conversation, AudioStreams.From(Silence(3))));

        Assert.Contains("schijf van de appliance is bijna vol", error.Message, StringComparison.Ordinal);
        Assert.Empty(Store.Audio.Sequences(conversation));
    }

    [Fact]
    public async Task RecordingUnderWay_WhenTheDiskFills_ShouldGoOnAndKeepEveryChunk()
    {
        var conversation = await RecordableConversationAsync();
        Store.Audio.Append(conversation, 0, new byte[3200]); // stored before the disk ran low
        await using var connection = await ConnectAsync(WorkerToken);

        await connection.InvokeAsync("UploadAudio", conversation, AudioStreams.From(Silence(4)));

        Assert.Equal([0L, 1L, 2L, 3L], Store.Audio.Sequences(conversation));
    }

    [Fact]
    public async Task Health_OnAFullDisk_ShouldSayVol()
    {
        using var anonymous = Appliance.Client();

        var health = await anonymous.GetFromJsonAsync<JsonElement>("/health");

        Assert.Equal("vol", health.GetProperty("disk").GetString());
    }

    private static List<byte[]> Silence(int chunks) => [.. Enumerable.Range(0, chunks).Select(_ => new byte[3200])];

    private async Task<Guid> RecordableConversationAsync()
    {
        var id = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        await PutConsentAsync(id, recording: true, transcription: false, aiDrafting: false);
        return id;
    }
}
