namespace WhaiNot.Appliance.Edge;

/// <summary>Rules for every byte that comes in over HTTP or the hub, in one place.</summary>
internal static class StrictInputServiceCollectionExtensions
{
    /// <summary>
    /// Unknown fields in typed bodies are refused. A JSON object that names a field twice is refused everywhere (400 on HTTP, an error on the
    /// hub): with "last one wins", <c>{"recording":true,"recording":false}</c> would flip a consent
    /// decision that a reader of the first half of the body saw as given.
    /// </summary>
    public static IServiceCollection AddStrictJsonInput(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.AllowDuplicateProperties = false;
            // Typed bodies are as strict as the consent body: a field the endpoint doesn't know is a
            // mistake (or free text where none belongs), never silently dropped.
            o.SerializerOptions.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow;
        });
        // AddSignalR only adds what is missing, so this reaches the capture hub's registration too.
        services.AddSignalR().AddJsonProtocol(o => o.PayloadSerializerOptions.AllowDuplicateProperties = false);
        return services;
    }

    /// <summary>
    /// HSTS on every answer, also when the box is reached as localhost or by IP address (the
    /// framework leaves those out by default; the office PCs often use the box's address).
    /// </summary>
    public static IServiceCollection AddApplianceHsts(this IServiceCollection services) =>
        services.AddHsts(o =>
        {
            o.ExcludedHosts.Clear();
            o.MaxAge = TimeSpan.FromDays(365);
        });
}
