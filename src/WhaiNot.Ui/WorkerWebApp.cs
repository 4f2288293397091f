using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WhaiNot.Application.Settings;
using WhaiNot.Ui.Components;
using WhaiNot.Ui.Session;

namespace WhaiNot.Ui;

/// <summary>The web app's one door into the host: its services, and its pages mapped at "/".</summary>
public static class WorkerWebApp
{
    public static IServiceCollection AddWorkerWebApp(this IServiceCollection services)
    {
        services.AddOptions<UiOptions>().BindConfiguration(UiOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddAntiforgery(o =>
        {
            o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.Always;
            o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict;
        });
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAccountStateProvider>();
        services.AddScoped<UiSession>();
        services.AddSingleton(sp => sp.GetRequiredService<ApplianceTimeZone>().Zone);
        services.AddSingleton<UiFormat>();
        return services;
    }

    /// <summary>Static files, antiforgery and the pages; call after authentication and authorization.</summary>
    public static WebApplication MapWorkerWebApp(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapStaticAssets();
        app.UseUiAssets();
        app.UseAntiforgery();
        // The host's one Content-Security-Policy already says frame-ancestors 'none'; Blazor's own
        // second header ('self') would only muddle what a reviewer reads.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }
}
