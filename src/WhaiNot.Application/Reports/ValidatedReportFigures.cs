namespace WhaiNot.Application.Reports;

/// <summary>One validated report in the figures, as it was first validated.</summary>
/// <param name="Version">The latest validated version (above 1 when the report was revised since).</param>
/// <param name="Path">"ai" (an engine drafted it) or "alternative" (written by hand).</param>
/// <param name="EditRatio">How much of the engine's draft the worker changed (0 = nothing, 1 = all).</param>
/// <param name="UnsupportedAtGeneration">Sentences of the engine's draft the source verifier marked unsupported.</param>
/// <param name="HoursFromEndToValidation">From the end of the conversation to validation, one decimal; null when the end is unknown.</param>
public sealed record ValidatedReportFigures(
    Guid Id,
    int Version,
    string Path,
    string Engine,
    string Template,
    double? EditRatio,
    int EngineSentences,
    int UnsupportedAtGeneration,
    double? HoursFromEndToValidation);
