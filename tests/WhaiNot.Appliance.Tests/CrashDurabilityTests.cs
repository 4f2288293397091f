using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using WhaiNot.Appliance.Hosting;
using WhaiNot.Appliance.Hubs;

namespace WhaiNot.Appliance.Tests;

/// <summary>
/// The appliance as its own process (with the real speech engine), killed with SIGKILL in the
/// middle of an upload and started again: every chunk that was acknowledged must still be there,
/// byte for byte, the client resumes without a gap or a duplicate, and the transcript completes.
/// </summary>
public sealed class CrashDurabilityTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "whainot-crash-" + Guid.NewGuid().ToString("N"));
    private readonly int _port = FreePort();
    private readonly List<byte[]> _chunks = Speech();

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [Fact]
    public async Task Kill_DuringUpload_ShouldKeepEveryAcknowledgedChunkAndCompleteTheTranscriptAfterRestart()
    {
        using var first = await StartProcessAsync();
        var (client, token) = await SignInAsync();
        var dossier = (await client.GetFromJsonAsync<JsonElement[]>("/api/dossiers"))![0].GetProperty("id").GetGuid();
        var conversation = (await (await client.PostAsync($"/api/dossiers/{dossier}/conversations", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await client.PutAsJsonAsync($"/api/conversations/{conversation}/consent", new { recording = true, transcription = true, aiDrafting = false })).EnsureSuccessStatusCode();

        var acked = new List<long>();
        var enoughAcked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var connection = Connect(token);
        connection.On<Guid, long>("Acked", (_, seq) =>
        {
            lock (acked)
            {
                acked.Add(seq);
                if (acked.Count >= 10)
                {
                    enoughAcked.TrySetResult();
                }
            }
        });
        await connection.StartAsync();
        var chunks = Channel.CreateUnbounded<AudioChunk>();
        _ = connection.InvokeAsync("UploadAudio", conversation, chunks.Reader);
        for (var seq = 0; seq < _chunks.Count; seq++)
        {
            await chunks.Writer.WriteAsync(new AudioChunk(seq, _chunks[seq]));
        }

        await enoughAcked.Task.WaitAsync(TimeSpan.FromSeconds(30));
        first.Kill(entireProcessTree: true);
        await first.WaitForExitAsync();
        long[] acknowledged;
        lock (acked)
        {
            acknowledged = [.. acked];
        }

        await connection.DisposeAsync();

        using var second = await StartProcessAsync();
        var (afterRestart, secondToken) = await SignInAsync();
        var wav = await afterRestart.GetByteArrayAsync($"/api/conversations/{conversation}/audio");
        var stored = (wav.Length - 44) / 3200;
        Assert.True(stored >= acknowledged.Max() + 1, $"{acknowledged.Length} chunks acknowledged (up to {acknowledged.Max()}), only {stored} stored after the crash");
        for (var seq = 0; seq < stored; seq++)
        {
            Assert.Equal(_chunks[seq], wav.AsSpan(44 + (seq * 3200), 3200).ToArray());
        }

        // The client resumes: it resends from its first unacknowledged chunk (here: all), the server keeps each once.
        await using (var resumed = Connect(secondToken))
        {
            await resumed.StartAsync();
            await resumed.InvokeAsync("UploadAudio", conversation, AudioStreams.From(_chunks));
        }

        (await afterRestart.PostAsync($"/api/conversations/{conversation}/end", null)).EnsureSuccessStatusCode();
        var transcript = await CompletedTranscriptAsync(afterRestart, conversation);
        var all = await afterRestart.GetByteArrayAsync($"/api/conversations/{conversation}/audio");
        second.Kill(entireProcessTree: true);

        Assert.Equal(_chunks.SelectMany(c => c).ToArray(), all[44..]);
        var ids = transcript.GetProperty("segments").EnumerateArray().Select(x => x.GetProperty("id").GetString()).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    private static async Task<JsonElement> CompletedTranscriptAsync(HttpClient client, Guid conversation)
    {
        for (var attempt = 0; attempt < 240; attempt++)
        {
            var transcript = await client.GetFromJsonAsync<JsonElement>($"/api/conversations/{conversation}/transcript");
            if (transcript.GetProperty("complete").GetBoolean())
            {
                return transcript;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("Het transcript werd niet volledig binnen 60 seconden na de herstart.");
    }

    /// <summary>Dutch speech in 100 ms chunks, padded to whole chunks so byte offsets are simple.</summary>
    private static List<byte[]> Speech()
    {
        var pcm = DutchSpeech.Pcm16(
        [
            "Ik woon sinds twee jaar in Gent, in een klein appartement.",
            "De huur is zeshonderd vijftig euro per maand.",
            "Ik heb twee kinderen en ik zoek werk bij de VDAB.",
        ]);
        var padded = new byte[(pcm.Length + 3199) / 3200 * 3200];
        pcm.CopyTo(padded, 0);
        return padded.Chunk(3200).ToList();
    }

    private async Task<Process> StartProcessAsync()
    {
        WhaiNot.TestSupport.TestRuntime.Get(); // installed once (tests/test.sh does it beforehand)
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { typeof(ApplianceHost).Assembly.Location, "--data", _data, "--demo", "--urls", $"https://127.0.0.1:{_port}", "--Appliance:DemoEngines", "true", "--Appliance:RuntimeFolder", WhaiNot.TestSupport.TestRuntime.RuntimeRoot })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var health = new HttpClient(Handler()) { BaseAddress = new Uri($"https://127.0.0.1:{_port}") };
        for (var attempt = 0; attempt < 120; attempt++)
        {
            try
            {
                if ((await health.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return process;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("De appliance startte niet binnen 30 seconden.");
    }

    private async Task<(HttpClient Client, string Token)> SignInAsync()
    {
        var credentials = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_data, "demo-credentials.json"))).RootElement
            .EnumerateArray().First(c => c.GetProperty("role").GetString() == "worker");
        var client = new HttpClient(Handler()) { BaseAddress = new Uri($"https://127.0.0.1:{_port}") };
        var token = (await (await client.PostAsJsonAsync("/api/auth/token", new { username = credentials.GetProperty("username").GetString(), password = credentials.GetProperty("password").GetString() }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return (client, token);
    }

    private HubConnection Connect(string token) => new HubConnectionBuilder()
        .WithUrl(new Uri($"https://127.0.0.1:{_port}{ConversationHub.Path}"), options =>
        {
            options.Transports = HttpTransportType.WebSockets;
            options.AccessTokenProvider = () => Task.FromResult<string?>(token);
            options.HttpMessageHandlerFactory = _ => Handler();
            options.WebSocketConfiguration = ws => ws.RemoteCertificateValidationCallback = (_, certificate, _, _) => TrustedByOurCa(certificate);
        })
        .Build();

    private HttpClientHandler Handler() => new() { ServerCertificateCustomValidationCallback = (_, certificate, _, _) => TrustedByOurCa(certificate) };

    private bool TrustedByOurCa(X509Certificate? certificate)
    {
        using var ca = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(_data, "certs", "ca.crt"));
        return RunningAppliance.ChainsTo(ca, certificate);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
