using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using WhaiNot.TestSupport.Fuzzing;

namespace WhaiNot.Appliance.Tests.Fuzz;

/// <summary>
/// Mutated JSON bodies (tests/data/fuzz/api/*.json, one valid body per endpoint) sent to every
/// endpoint that reads a body, as the role that may use it. The box may refuse (4xx, with a
/// Dutch "error") or accept; it may never answer 5xx. 50 MB bodies end in 413 or 400 quickly.
/// </summary>
public sealed class ApiBodyFuzzTests : NorthWorkerTest
{
    [Fact]
    public async Task Bodies_WhenFuzzed_ShouldNeverAnswer5xx()
    {
        var targets = await TargetsAsync();
        var iterations = FuzzRun.Iterations(25);
        var crashes = new List<string>();
        foreach (var (method, path, corpus, client) in targets)
        {
            foreach (var seed in FuzzRun.Seeds(iterations))
            {
                var random = new Random(seed);
                var body = JsonMutator.Mutate(corpus, [corpus], random);
                using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
                var answer = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode >= 500 || (response.StatusCode == HttpStatusCode.BadRequest && !HasDutchError(answer)))
                {
                    crashes.Add(FuzzRun.Record("api-" + path.Split('/')[2], seed, Encoding.UTF8.GetBytes(body), new HttpRequestException($"{method} {path} → {(int)response.StatusCode}: {answer[..Math.Min(200, answer.Length)]}")));
                }
            }
        }

        Assert.True(crashes.Count == 0, $"{crashes.Count} bad answers:\n{string.Join('\n', crashes.Take(10))}");
    }

    [Fact]
    public async Task Bodies_When50MegabytesLarge_ShouldBeRefusedQuicklyWithout5xx()
    {
        var huge = "{\"name\":\"" + new string('x', 50 * 1024 * 1024) + "\"}";
        foreach (var (method, path, _, client) in (await TargetsAsync()).Take(6))
        {
            var clock = Stopwatch.StartNew();
            // HTTP/2, as browsers use it: the box may answer before it read the whole body (HTTP/1.1 would see a broken pipe).
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(huge, Encoding.UTF8, "application/json"), Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
            using var response = await client.SendAsync(request);

            Assert.True(response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, $"{method} {path} → {(int)response.StatusCode}");
            Assert.True(HasDutchError(await response.Content.ReadAsStringAsync()), $"{method} {path}: no Dutch error");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"{method} {path} took {clock.Elapsed}");
        }
    }

    private static bool HasDutchError(string answer)
    {
        try
        {
            using var json = JsonDocument.Parse(answer);
            return json.RootElement.TryGetProperty("error", out var error) && error.GetString() is { Length: > 0 } text && !text.Contains("error occurred", StringComparison.OrdinalIgnoreCase);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private async Task<List<(string Method, string Path, string Body, HttpClient Client)>> TargetsAsync()
    {
        var conversation = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        await PutConsentAsync(conversation, recording: true, transcription: true, aiDrafting: true);
        var admin = Appliance.ClientWithToken(await Appliance.TokenAsync("functional-admin"));
        var anonymous = Appliance.Client();
        string Body(string name) => File.ReadAllText(Path.Combine(FuzzRun.CorpusFolder("api"), name + ".json"));
        return
        [
            ("POST", "/api/dossiers", Body("dossier"), Worker),
            ("PUT", $"/api/conversations/{conversation}/consent", Body("consent"), Worker),
            ("POST", "/api/teams", Body("team"), admin),
            ("POST", "/api/users", Body("user"), admin),
            ("POST", "/api/templates", Body("template"), admin),
            ("POST", "/api/auth/token", Body("credentials"), anonymous),
            ("PUT", $"/api/conversations/{conversation}/notes", Body("notes"), Worker),
            ("POST", $"/api/conversations/{conversation}/reports", Body("report"), Worker),
            ("PATCH", $"/api/conversations/{conversation}/transcript/segments/s001", Body("segment"), Worker),
            ("PUT", $"/api/dossiers/{NorthDossier(1)}/legal-hold", Body("legal-hold"), Worker),
            ("POST", $"/api/dossiers/{NorthDossier(2)}/revocations", Body("revocation"), Worker),
        ];
    }
}
