using Microsoft.AspNetCore.SignalR;
using WhaiNot.Domain.Refusals;

namespace WhaiNot.Appliance.Edge;

/// <summary>
/// Turns a refusal thrown by a hub method into a hub error carrying its Dutch message; anything
/// else stays the framework's generic error, so no detail of an unexpected failure reaches a client.
/// </summary>
internal sealed class RefusalHubFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(invocationContext);
        }
        catch (Refusal refusal)
        {
            throw new HubException(refusal.Message);
        }
    }
}
