using WhaiNot.Appliance.Auth;
using WhaiNot.Application.Reports;
using WhaiNot.Domain.Access;
using WhaiNot.Domain.Templates;
using WhaiNot.Drafting.Templates;

namespace WhaiNot.Appliance;

/// <summary>Report templates: every version with its history fields; functional admins add new versions.</summary>
internal static class TemplateEndpoints
{
    public static void MapTemplateEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/templates", (TemplateCatalog catalog) =>
        {
            var added = catalog.History();
            return Results.Ok(catalog.Library.All.Select(t => Describe(t, added.GetValueOrDefault((t.Id, t.Version)))));
        }).RequireAuthorization();

        app.MapPost("/api/templates", async (HttpContext context, TemplateCatalog catalog) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var json = await reader.ReadToEndAsync(context.RequestAborted);
            return SignedIn.Run(context, user =>
            {
                var template = catalog.Add(user, json);
                return Results.Json(Describe(template, (user.Username, DateTimeOffset.UtcNow)), statusCode: StatusCodes.Status201Created);
            });
        }).RequirePermission(Permission.ManageTemplates);
    }

    private static object Describe(DraftTemplate t, (string AddedBy, DateTimeOffset AddedAt) added) => new
    {
        id = t.Id,
        version = t.Version,
        title = t.Title,
        date = t.Date,
        owner = t.Owner,
        reason = t.Reason,
        addedBy = added.AddedBy,
        addedAt = added.AddedAt,
        sections = t.Sections.Select(s => new { id = s.Id, heading = s.Heading, required = s.Required, humanOnly = s.HumanOnly }),
    };
}
