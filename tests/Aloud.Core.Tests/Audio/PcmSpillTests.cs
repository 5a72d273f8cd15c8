using Aloud.Audio;

namespace Aloud.Tests.Audio;

public sealed class PcmSpillTests
{
    private static float[] Ramp(int count, int from = 0) => Enumerable.Range(from, count).Select(i => i / 1000f).ToArray();

    [Fact]
    public void Short_audio_stays_in_memory()
    {
        using var spill = new PcmSpill(16000, memoryLimitSamples: 1000);
        spill.Append(Ramp(600));
        spill.Append(Ramp(400, 600));
        Assert.False(spill.OnDisk);
        var back = new float[1000];
        spill.Read(0, back);
        Assert.Equal(Ramp(1000), back);
    }

    [Fact]
    public void Past_the_limit_it_moves_to_a_temporary_file_deleted_on_dispose()
    {
        var spill = new PcmSpill(16000, memoryLimitSamples: 1000);
        spill.Append(Ramp(900));
        spill.Append(Ramp(5000, 900));
        Assert.True(spill.OnDisk);
        Assert.Equal(5900, spill.Length);
        var back = new float[300];
        spill.Read(800, back);
        Assert.Equal(Ramp(300, 800), back);
        var path = spill.TemporaryPath!;
        Assert.True(File.Exists(path));
        spill.Dispose();
        Assert.False(File.Exists(path));
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(10)]
    public void Overwrite_clear_and_bounds(int memoryLimit)
    {
        using var spill = new PcmSpill(16000, memoryLimit);
        spill.AppendSilence(2000);
        spill.Overwrite(1000, [0.5f, -0.5f]);
        var back = new float[4];
        spill.Read(999, back);
        Assert.Equal([0f, 0.5f, -0.5f, 0f], back);
        Assert.Throws<ArgumentOutOfRangeException>(() => spill.Read(1999, new float[2]));
        Assert.Throws<ArgumentOutOfRangeException>(() => spill.Overwrite(1999, [1f, 1f]));
        spill.Clear();
        Assert.Equal(0, spill.Length);
        spill.Append([0.25f]);
        spill.Read(0, back.AsSpan(0, 1));
        Assert.Equal(0.25f, back[0]);
    }
}
