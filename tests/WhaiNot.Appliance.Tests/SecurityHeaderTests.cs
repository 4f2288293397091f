using System.Net;

namespace WhaiNot.Appliance.Tests;

/// <summary>Every answer carries the same protections: pages, API, health, errors, refusals.</summary>
public sealed class SecurityHeaderTests : NorthWorkerTest
{
    public static TheoryData<string, bool, HttpStatusCode> Answers => new()
    {
        { "/health", false, HttpStatusCode.OK },
        { "/api/dossiers", true, HttpStatusCode.OK },
        { "/api/dossiers", false, HttpStatusCode.Unauthorized },
        { "/api/system", true, HttpStatusCode.Forbidden },
        { "/api/conversations/00000000-0000-0000-0000-000000000001", true, HttpStatusCode.NotFound },
        { "/aanmelden", false, HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Answer_ShouldCarryHstsNoSniffNoFramingAndTheContentPolicy(string path, bool signedIn, HttpStatusCode expected)
    {
        using var anonymous = Appliance.Client();
        var client = signedIn ? Worker : anonymous;

        using var response = await client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        var hsts = Assert.Single(response.Headers.GetValues("Strict-Transport-Security"));
        Assert.Contains("max-age=31536000", hsts, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
    }
}
