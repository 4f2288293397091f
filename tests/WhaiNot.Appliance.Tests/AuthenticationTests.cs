using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WhaiNot.Appliance.Auth;
using WhaiNot.Security.Keys;
using WhaiNot.Storage;

namespace WhaiNot.Appliance.Tests;

/// <summary>Tokens, cookies and lockout against the running appliance. Each test that changes accounts uses its own.</summary>
public sealed class AuthenticationTests(DemoApplianceFixture fixture) : IClassFixture<DemoApplianceFixture>
{
    private RunningAppliance Appliance => fixture.Appliance;

    [Fact]
    public async Task Token_WhenPasswordWrong_ShouldAnswer401WithoutToken()
    {
        var worker = Appliance.Credential("worker", "Sociale dienst Noord");
        using var client = Appliance.Client();

        using var response = await client.PostAsJsonAsync("/api/auth/token", new { username = worker.Username, password = worker.Password + "x" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.TryGetProperty("token", out _));
        Assert.Equal(Application.Accounts.SignInService.Failed, body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Token_WhenUserUnknown_ShouldAnswerLikeAWrongPassword()
    {
        using var client = Appliance.Client();

        using var response = await client.PostAsJsonAsync("/api/auth/token", new { username = "bestaat.niet", password = "wat dan ook" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(Application.Accounts.SignInService.Failed, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("{bad json")]
    [InlineData("{\"username\": 12, \"password\": []}")]
    [InlineData("")]
    public async Task Token_WhenBodyIsBroken_ShouldAnswer400InDutch(string body)
    {
        using var client = Appliance.Client();

        using var response = await client.PostAsync("/api/auth/token", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("De aanvraag kon niet gelezen worden", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bearer_WhenTokenExpired_ShouldAnswer401SayingSo()
    {
        var expired = TokenServiceAt(TimeSpan.FromDays(-2)).Issue(FindUser(Appliance.Credential("worker").Username));
        using var client = Appliance.ClientWithToken(expired);

        using var response = await client.GetAsync("/api/dossiers");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Het token is verlopen. Meld opnieuw aan.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Bearer_WhenSignedWithAnotherKey_ShouldAnswer401()
    {
        var forged = new TokenService(RandomNumberGenerator.GetBytes(32), TimeSpan.FromHours(1), TimeProvider.System)
            .Issue(FindUser(Appliance.Credential("worker").Username));
        using var client = Appliance.ClientWithToken(forged);

        using var response = await client.GetAsync("/api/dossiers");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Het token is ongeldig. Meld opnieuw aan.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Bearer_WhenPayloadEditedToAnotherRole_ShouldAnswer401()
    {
        var token = await Appliance.TokenAsync("it-admin");
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlDecode(parts[1])).Replace("\"it-admin\"", "\"worker\"", StringComparison.Ordinal);
        var edited = $"{parts[0]}.{Base64UrlEncode(Encoding.UTF8.GetBytes(payload))}.{parts[2]}";
        using var client = Appliance.ClientWithToken(edited);

        using var response = await client.GetAsync("/api/dossiers");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Bearer_WhenNotAToken_ShouldAnswer401()
    {
        using var client = Appliance.ClientWithToken("dit-is-geen-token");

        using var response = await client.GetAsync("/api/dossiers");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Cookie_AfterLogin_ShouldOpenTheApiUntilLogout()
    {
        var worker = Appliance.Credential("worker", "Sociale dienst Noord");
        using var client = Appliance.Client();

        using var login = await client.PostAsJsonAsync("/api/auth/login", new { username = worker.Username, password = worker.Password });
        login.EnsureSuccessStatusCode();
        var setCookie = string.Join(";", login.Headers.GetValues("Set-Cookie"));
        using var withCookie = await client.GetAsync("/api/dossiers");
        using var logout = await client.PostAsync("/api/auth/logout", null);
        using var afterLogout = await client.GetAsync("/api/dossiers");

        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, withCookie.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterLogout.StatusCode);
    }

    [Fact]
    public async Task Throttle_AfterFiveWrongPasswords_ShouldMakeThisPcWaitEvenWithTheRightOne()
    {
        var (username, password) = await CreateWorkerAsync();
        using var client = Appliance.Client();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/auth/token", new { username, password = "fout-" + i });
            answers.Add(wrong.StatusCode);
        }

        using var right = await client.PostAsJsonAsync("/api/auth/token", new { username, password });

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, (HttpStatusCode)429], answers);
        Assert.Equal((HttpStatusCode)429, right.StatusCode);
        Assert.InRange(right.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 30);
        Assert.Contains("wachten", (await right.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Null(FindUser(username).LockedUntil);
    }

    [Fact]
    public async Task FailedSignIns_ShouldAnswerAlikeForUnknownDisabledAndExistingAccounts()
    {
        var (known, _) = await CreateWorkerAsync();
        var (disabled, disabledPassword) = await CreateWorkerAsync();
        using var admin = Appliance.ClientWithToken(await Appliance.TokenAsync("functional-admin"));
        (await admin.PostAsync($"/api/users/{disabled}/disable", null)).EnsureSuccessStatusCode();
        using var client = Appliance.Client();

        async Task<List<string>> FiveAttemptsAsync(string username, string password)
        {
            var answers = new List<string>();
            for (var i = 0; i < 5; i++)
            {
                using var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password });
                answers.Add($"{(int)response.StatusCode} {(await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString()}");
            }

            return answers;
        }

        var unknown = await FiveAttemptsAsync("bestaat." + Guid.NewGuid().ToString("N")[..8], "geraden");
        var wrong = await FiveAttemptsAsync(known, "geraden");
        var rightButDisabled = await FiveAttemptsAsync(disabled, disabledPassword);

        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, rightButDisabled);
        Assert.DoesNotContain(unknown, a => a.Contains("uitgeschakeld", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_WhenOneAddressSendsTooManyRequests_ShouldAnswerDutch429WhateverTheAccount()
    {
        await using var limited = await RunningAppliance.StartAsync(extraArguments: ["--Appliance:Lockout:RequestsPerMinutePerAddress", "3"]);
        using var client = limited.Client();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.PostAsJsonAsync("/api/auth/token", new { username = "iemand." + i, password = "x" });
            answers.Add(response.StatusCode);
            if (i == 3)
            {
                Assert.Contains("Te veel aanmeldpogingen", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, (HttpStatusCode)429], answers);
    }

    [Fact]
    public async Task Lockout_WhenResetByAdmin_ShouldLetTheUserInWithTheNewPassword()
    {
        var (username, _) = await CreateWorkerAsync();
        using var client = Appliance.Client();
        for (var i = 0; i < 5; i++)
        {
            (await client.PostAsJsonAsync("/api/auth/token", new { username, password = "fout" })).Dispose();
        }

        using var admin = Appliance.ClientWithToken(await Appliance.TokenAsync("functional-admin"));
        var reset = await (await admin.PostAsync($"/api/users/{username}/reset", null)).Content.ReadFromJsonAsync<JsonElement>();
        using var signIn = await client.PostAsJsonAsync("/api/auth/token", new { username, password = reset.GetProperty("initialPassword").GetString() });

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task Disable_ShouldEndExistingTokensAndCookiesAtOnce()
    {
        var (username, password) = await CreateWorkerAsync();
        using var tokenClient = Appliance.Client();
        var token = (await (await tokenClient.PostAsJsonAsync("/api/auth/token", new { username, password })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        using var cookieClient = Appliance.Client();
        (await cookieClient.PostAsJsonAsync("/api/auth/login", new { username, password })).EnsureSuccessStatusCode();
        using var bearer = Appliance.ClientWithToken(token);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/dossiers")).StatusCode);

        using var admin = Appliance.ClientWithToken(await Appliance.TokenAsync("functional-admin"));
        (await admin.PostAsync($"/api/users/{username}/disable", null)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/dossiers")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await cookieClient.GetAsync("/api/dossiers")).StatusCode);
        using var again = await tokenClient.PostAsJsonAsync("/api/auth/token", new { username, password });
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
    }

    [Fact]
    public async Task SignIn_ShouldBeAuditedWithoutThePassword()
    {
        var (username, password) = await CreateWorkerAsync();
        using var client = Appliance.Client();
        (await client.PostAsJsonAsync("/api/auth/token", new { username, password })).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/auth/token", new { username, password = "fout" })).Dispose();

        using var dpo = Appliance.ClientWithToken(await Appliance.TokenAsync("dpo"));
        var raw = await dpo.GetStringAsync("/api/audit?limit=1000");
        var entries = JsonSerializer.Deserialize<JsonElement[]>(raw)!;

        Assert.Contains(entries, e => e.GetProperty("actor").GetString() == username && e.GetProperty("action").GetString() == "auth.sign-in");
        Assert.Contains(entries, e => e.GetProperty("actor").GetString() == username && e.GetProperty("action").GetString() == "auth.sign-in-failed");
        Assert.DoesNotContain(password, raw, StringComparison.Ordinal);
    }

    private async Task<(string Username, string Password)> CreateWorkerAsync()
    {
        var username = "test." + Guid.NewGuid().ToString("N")[..8];
        using var admin = Appliance.ClientWithToken(await Appliance.TokenAsync("functional-admin"));
        using var response = await admin.PostAsJsonAsync("/api/users", new { username, role = "worker", team = "Sociale dienst Noord" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (username, body.GetProperty("initialPassword").GetString()!);
    }

    private Domain.Accounts.UserAccount FindUser(string username) =>
        Appliance.App.Services.GetRequiredService<ApplianceStore>().Accounts.FindUser(username)!;

    private TokenService TokenServiceAt(TimeSpan offset)
    {
        var store = Appliance.App.Services.GetRequiredService<ApplianceStore>();
        return new TokenService(store.MasterKey.DeriveKey(KeyPurpose.TokenSigning), TimeSpan.FromHours(8), new ShiftedTime(offset));
    }

    private static byte[] Base64UrlDecode(string value) => Convert.FromBase64String(value.Replace('-', '+').Replace('_', '/').PadRight(value.Length + ((4 - (value.Length % 4)) % 4), '='));

    private static string Base64UrlEncode(byte[] value) => Convert.ToBase64String(value).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
