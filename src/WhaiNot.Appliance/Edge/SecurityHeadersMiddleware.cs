using WhaiNot.Ui;

namespace WhaiNot.Appliance.Edge;

/// <summary>
/// The browser-facing protections on every answer: no script but the box's own files (and the
/// one import map, by its hash), no eval, no framing, no MIME sniffing, no referrer to elsewhere.
/// HSTS comes from UseHsts.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private static readonly string Policy = string.Join("; ",
        "default-src 'self'",
        "script-src 'self' " + UiAssets.ImportMapHash,
        "style-src 'self'",
        "img-src 'self' data:",
        "media-src 'self' blob:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "microphone=(self), camera=(), geolocation=()";
        return next(context);
    }
}
