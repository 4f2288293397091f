using WhaiNot.Cli.Bench;
using WhaiNot.Cli.Streaming;

namespace WhaiNot.Cli.Tests;

/// <summary>The bench's count of lost and duplicated chunks, on stored audio made by hand.</summary>
public sealed class ChunkAccountingTests
{
    private static readonly byte[][] Sent = [.. Enumerable.Range(0, 4).Select(seq => Enumerable.Repeat((byte)(seq + 1), Pcm16Chunks.ChunkBytes).ToArray())];

    [Fact]
    public void Compare_WhenTheBoxHoldsExactlyWhatWasSent_ShouldCountNothing()
    {
        var result = ChunkAccounting.Compare(Acknowledged(Sent), Concat(0, 1, 2, 3));

        Assert.Equal(new ChunkAccounting(4, 4, 0, 0), result);
    }

    [Fact]
    public void Compare_WhenAChunkIsMissing_ShouldCountItLost()
    {
        Assert.Equal(1, ChunkAccounting.Compare(Acknowledged(Sent), Concat(0, 2, 3)).Lost);
    }

    [Fact]
    public void Compare_WhenAChunkIsStoredTwice_ShouldCountADuplicate()
    {
        var result = ChunkAccounting.Compare(Acknowledged(Sent), Concat(0, 1, 1, 2, 3));

        Assert.Equal((0, 1), (result.Lost, result.Duplicated));
    }

    [Fact]
    public void Compare_WhenTheLastChunkWasNeverAcknowledged_ShouldCountItLost()
    {
        var ledger = new ChunkLedger(Sent);
        ledger.Acknowledge(2);

        Assert.Equal(1, ChunkAccounting.Compare(ledger, Concat(0, 1, 2, 3)).Lost);
    }

    private static ChunkLedger Acknowledged(byte[][] chunks)
    {
        var ledger = new ChunkLedger(chunks);
        ledger.Acknowledge(chunks.Length - 1);
        return ledger;
    }

    private static byte[] Concat(params int[] seqs) => [.. seqs.SelectMany(seq => Sent[seq])];
}
