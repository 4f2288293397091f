using WhaiNot.Application.Transcription;

namespace WhaiNot.Appliance.Tests;

public sealed class AudioWindowTests
{
    [Fact]
    public void Slice_AfterDroppingOldAudio_ShouldStillAddressByAbsolutePosition()
    {
        var window = new AudioWindow();
        window.Append(Enumerable.Range(0, 100_000).Select(i => (float)i).ToArray());
        window.Append(Enumerable.Range(100_000, 500_000).Select(i => (float)i).ToArray());

        window.DropBefore(450_000);

        Assert.Equal(450_000, window.Offset);
        Assert.Equal(600_000, window.End);
        Assert.Equal([500_000f, 500_001f, 500_002f], window.Slice(500_000, 500_003).ToArray());
        Assert.Equal([450_000f], window.Slice(0, 450_001).ToArray()); // clamped to what is held
    }
}
