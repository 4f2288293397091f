using System.Runtime.CompilerServices;
using WhaiNot.Domain.Refusals;

namespace WhaiNot.Appliance.Hubs;

/// <summary>
/// The client's chunk stream with every item the framework could not bind (wrong shape or type) or
/// that is null turned into a Dutch refusal, instead of the framework's English "Failed to bind" or
/// a NullReferenceException. Cancellation passes through unchanged.
/// </summary>
internal static class ChunkReader
{
    public const string Shape = "Een stuk audio kon niet gelezen worden; verwacht { \"seq\": een volgnummer vanaf 0, \"pcm\": PCM16-bytes }.";

    public static async IAsyncEnumerable<AudioChunk> Read(IAsyncEnumerable<AudioChunk> chunks, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var items = chunks.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            AudioChunk? chunk;
            try
            {
                if (!await items.MoveNextAsync())
                {
                    yield break;
                }

                chunk = items.Current;
            }
            catch (Exception ex) when (ex is not OperationCanceledException && ex is not Refusal)
            {
                throw new InvalidRequestRefusal(Shape);
            }

            yield return chunk ?? throw new InvalidRequestRefusal(Shape);
        }
    }
}
