using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using WhaiNot.Application.Accounts;

namespace WhaiNot.Appliance.Auth;

/// <summary>
/// ASP.NET Core rate limiting on the sign-in doors (API token, API cookie, the web app's form):
/// a sliding window of requests per client address, whatever account they name. Together with
/// the per-account-and-PC throttle this slows a guesser down on both axes, without a lockout
/// anyone else can trigger.
/// </summary>
internal static class SignInRateLimit
{
    public const string PolicyName = SignInThrottle.RateLimitPolicy;

    private const int Segments = 6;

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services, int requestsPerMinute) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(PolicyName, context => RateLimitPartition.GetSlidingWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = requestsPerMinute,
                    Window = Window,
                    SegmentsPerWindow = Segments,
                    QueueLimit = 0,
                }));
            limiter.OnRejected = async (rejected, cancellation) =>
            {
                var response = rejected.HttpContext.Response;
                // The sliding window frees permits per segment (10 s); say so when the lease doesn't.
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var given) ? given : Window / Segments;
                response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

                const string Message = "Te veel aanmeldpogingen vanaf deze computer. Wacht een minuut en probeer opnieuw.";
                if (rejected.HttpContext.Request.Path.StartsWithSegments("/api"))
                {
                    await ApiErrors.Write(response, StatusCodes.Status429TooManyRequests, Message);
                }
                else
                {
                    response.StatusCode = StatusCodes.Status429TooManyRequests;
                    response.ContentType = "text/plain; charset=utf-8";
                    await response.WriteAsync(Message, cancellation);
                }
            };
        });

    /// <summary>The client address the throttle counts by.</summary>
    public static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
