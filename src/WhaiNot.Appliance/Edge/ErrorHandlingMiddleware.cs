using Microsoft.AspNetCore.Http.Features;
using WhaiNot.Appliance.Edge;
using WhaiNot.Domain.Refusals;
using WhaiNot.Storage;

namespace WhaiNot.Appliance;

/// <summary>
/// The API's edge: a service's refusal becomes its status code (<see cref="RefusalStatus"/>) with
/// the Dutch message, unreadable JSON becomes 400, anything unexpected 500 with the details in the
/// log only (never in the response).
/// </summary>
internal sealed partial class ErrorHandlingMiddleware(RequestDelegate next, ILogger<ErrorHandlingMiddleware> logger)
{
    private const string TooLarge = "De aanvraag is te groot voor de appliance.";

    public async Task InvokeAsync(HttpContext context)
    {
        // A declared length above Kestrel's limit: answer in Dutch before anything reads the body
        // (Kestrel's own 413 has no body at all).
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize is long max && context.Request.ContentLength > max)
        {
            await ApiErrors.Write(context.Response, StatusCodes.Status413PayloadTooLarge, TooLarge);
            return;
        }

        try
        {
            await next(context);
        }
        catch (Refusal refusal)
        {
            await ApiErrors.Write(context.Response, RefusalStatus.Of(refusal), refusal.Message);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            LogBadRequest(logger, context.Request.Path, ex.Message);
            await ApiErrors.Write(context.Response, StatusCodes.Status413PayloadTooLarge, TooLarge);
        }
        catch (BadHttpRequestException ex)
        {
            LogBadRequest(logger, context.Request.Path, ex.Message);
            await ApiErrors.Write(context.Response, StatusCodes.Status400BadRequest, "De aanvraag kon niet gelezen worden. Controleer of de JSON geldig is en alle velden het juiste type hebben.");
        }
        catch (DuplicateException ex)
        {
            await ApiErrors.Write(context.Response, StatusCodes.Status409Conflict, ex.Message);
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
        {
            LogUnexpected(logger, ex, context.Request.Path);
            await ApiErrors.Write(context.Response, StatusCodes.Status500InternalServerError, "Er ging iets mis op de appliance. De fout is gelogd; probeer het opnieuw.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected unreadable request to {Path}: {Reason}")]
    private static partial void LogBadRequest(ILogger logger, PathString path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure handling {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, PathString path);
}
