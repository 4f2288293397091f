namespace WhaiNot.Appliance.SystemInfo;

/// <summary>
/// Every HTTP client the service makes passes here. On a production box nothing leaves the building:
/// any request is refused before a name is even looked up. Only --demo may fetch (the CPU engine
/// runtime from the npm registry, pinned by hash), and the log says so when it does.
/// </summary>
internal sealed class NoOutboundHandler(bool demo) : DelegatingHandler
{
    public const string Refused = "Deze appliance maakt geen verbindingen naar buiten. Installeer engines en modellen offline (whainot runtime install --from MAP).";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        demo ? base.SendAsync(request, cancellationToken) : throw new HttpRequestException(Refused);
}
