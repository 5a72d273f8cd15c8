namespace Aloud.Tests;

public class NativeLibraryMissingExceptionTests
{
    [Fact]
    public void Names_the_debian_package_that_installs_the_library()
    {
        var error = new NativeLibraryMissingException("libmp3lame", "libmp3lame0");
        Assert.Contains("apt-get install libmp3lame0", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }
}
