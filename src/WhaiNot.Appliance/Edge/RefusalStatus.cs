using WhaiNot.Domain.Refusals;

namespace WhaiNot.Appliance.Edge;

/// <summary>The one mapping from a refusal's kind to the API's status code; the hub and the web app show the message only.</summary>
internal static class RefusalStatus
{
    public static int Of(Refusal refusal) => refusal switch
    {
        NotFoundRefusal => StatusCodes.Status404NotFound,
        NotAllowedRefusal => StatusCodes.Status403Forbidden,
        ConflictRefusal => StatusCodes.Status409Conflict,
        GoneRefusal => StatusCodes.Status410Gone,
        InvalidRequestRefusal => StatusCodes.Status400BadRequest,
        UnavailableRefusal => StatusCodes.Status503ServiceUnavailable,
        EngineFailedRefusal => StatusCodes.Status502BadGateway,
        _ => StatusCodes.Status400BadRequest,
    };
}
