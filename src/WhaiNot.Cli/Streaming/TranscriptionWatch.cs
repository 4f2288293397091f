namespace WhaiNot.Cli.Streaming;

/// <summary>Keeps the latest Transcription event of one conversation and lets a caller wait, bounded, for the complete one.</summary>
internal sealed class TranscriptionWatch
{
    private readonly TaskCompletionSource<TranscriptionMessage> _complete = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly object _gate = new();
    private TranscriptionMessage? _latest;
    private int _events;

    public TranscriptionMessage? Latest
    {
        get
        {
            lock (_gate)
            {
                return _latest;
            }
        }
    }

    public int Events
    {
        get
        {
            lock (_gate)
            {
                return _events;
            }
        }
    }

    /// <summary>Stopwatch timestamp of the complete event; 0 until it came.</summary>
    public long CompletedAt { get; private set; }

    public void Report(TranscriptionMessage message, long receivedAt)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_gate)
        {
            _latest = message;
            _events++;
        }

        if (message.Complete && !_complete.Task.IsCompleted)
        {
            CompletedAt = receivedAt;
            _complete.TrySetResult(message);
        }
    }

    /// <summary>True when the transcription completed within <paramref name="timeout"/>, false when not.</summary>
    public async Task<bool> WaitForCompleteAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await _complete.Task.WaitAsync(timeout, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>What to tell the person when the wait ran out: how far it got, and that the audio itself is safe.</summary>
    public string TimeoutMessage(TimeSpan timeout)
    {
        var seconds = timeout.TotalSeconds.ToString("0", Dutch.Culture);
        return Latest is { } latest
            ? string.Format(
                Dutch.Culture,
                "Het transcript was na {0} s wachten nog niet volledig: {1:0.0} van {2:0.0} s audio getranscribeerd (achterstand {3:0.0} s). De audio is wel volledig bewaard; de appliance werkt het transcript verder af.",
                seconds,
                latest.TranscribedSeconds,
                latest.AudioSeconds,
                latest.LagSeconds)
            : $"Het transcript was na {seconds} s wachten nog niet volledig: de appliance meldde geen voortgang van de transcriptie (geen Transcription-berichten). " +
              "De audio is wel volledig bewaard. Kijk na of de transcriptie-engine klaar is (GET /health).";
    }
}
