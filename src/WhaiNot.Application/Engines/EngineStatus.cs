namespace WhaiNot.Application.Engines;

/// <summary>What the box can do with speech and language right now; shown in /health and /api/system.</summary>
public sealed class EngineStatus
{
    private volatile EngineState _state = EngineState.NotInstalled;
    private volatile string _notice = "Er zijn nog geen spraak- en taalmodellen geïnstalleerd.";

    public EngineState State => _state;

    /// <summary>Plain Dutch for the person looking at the box: what this means and what to do.</summary>
    public string Notice => _notice;

    public void Set(EngineState state, string notice)
    {
        _notice = notice;
        _state = state;
    }
}
