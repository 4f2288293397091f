namespace WhaiNot.Application.Engines;

/// <summary>Stable lower-case names of <see cref="EngineState"/> for JSON.</summary>
internal static class EngineStateNames
{
    public static string Of(EngineState state) => state switch
    {
        EngineState.NotInstalled => "not-installed",
        EngineState.Installing => "installing",
        EngineState.TestModels => "test-models",
        EngineState.ProductionModels => "production-models",
        _ => "failed",
    };
}
