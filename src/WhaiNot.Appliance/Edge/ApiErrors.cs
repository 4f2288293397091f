using System.Text.Json;

namespace WhaiNot.Appliance;

/// <summary>Every API error has the same small shape: { "error": "Dutch text" }.</summary>
internal static class ApiErrors
{
    public const string Forbidden = "U hebt geen toegang tot deze gegevens.";

    public static IResult Result(int status, string message) => Results.Json(new { error = message }, statusCode: status);

    public static IResult BadRequest(string message) => Result(StatusCodes.Status400BadRequest, message);

    public static IResult NotFound(string message) => Result(StatusCodes.Status404NotFound, message);

    public static IResult Forbid() => Result(StatusCodes.Status403Forbidden, Forbidden);

    public static Task Write(HttpResponse response, int status, string message)
    {
        if (response.HasStarted)
        {
            return Task.CompletedTask;
        }

        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        return response.WriteAsync(JsonSerializer.Serialize(new { error = message }));
    }
}
