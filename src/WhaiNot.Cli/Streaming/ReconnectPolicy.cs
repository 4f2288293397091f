using Microsoft.AspNetCore.SignalR.Client;

namespace WhaiNot.Cli.Streaming;

/// <summary>
/// Keeps trying to reconnect for two minutes, every second or two: long enough for the appliance to
/// restart (a few seconds) or a network hiccup, short enough that a client doesn't hang for ever.
/// The default policy gives up after four tries spread over 42 s.
/// </summary>
internal sealed class ReconnectPolicy : IRetryPolicy
{
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(2);

    public TimeSpan? NextRetryDelay(RetryContext retryContext)
    {
        ArgumentNullException.ThrowIfNull(retryContext);
        if (retryContext.ElapsedTime > GiveUpAfter)
        {
            return null;
        }

        return retryContext.PreviousRetryCount switch
        {
            0 => TimeSpan.Zero,
            < 5 => TimeSpan.FromSeconds(1),
            _ => TimeSpan.FromSeconds(2),
        };
    }
}
