namespace WhaiNot.Application.Transcription;

/// <summary>
/// The engine's capacity, decided once the model is loaded (a GPU gets one slot: it is the
/// bottleneck and each slot costs GPU memory; a CPU gets one per two cores), shared fairly by all
/// live conversations through one <see cref="FairGate"/>.
/// </summary>
/// <param name="Threads">Engine threads per utterance: the cores divided over the slots.</param>
internal sealed record EngineSlots(FairGate Gate, int Slots, int Threads)
{
    public static EngineSlots For(int configuredSlots, bool onGpu)
    {
        var slots = configuredSlots > 0 ? configuredSlots : onGpu ? 1 : Math.Max(1, Environment.ProcessorCount / 2);
        return new EngineSlots(new FairGate(slots), slots, Math.Max(1, Environment.ProcessorCount / slots));
    }
}
