namespace Aloud.Tests;

public class NativeHeapTests
{
    [Fact]
    public void The_thresholds_take_effect_on_glibc_and_stay_in_effect()
    {
        // The test machines run Debian's glibc, whose mallopt accepts both values.
        Assert.True(NativeHeap.KeepFreedMemoryForReuse());
        Assert.True(NativeHeap.KeepFreedMemoryForReuse());
    }
}
