namespace WhaiNot.Application.Engines;

/// <summary>The engines' readiness, as a stable word for the API.</summary>
public enum EngineState
{
    NotInstalled,
    Installing,
    TestModels,
    ProductionModels,
    Failed,
}
