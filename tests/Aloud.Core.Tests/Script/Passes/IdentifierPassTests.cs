using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class IdentifierPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("It cited 77 F.4th 940 in full.", "It cited seventy-seven F fourth nine hundred forty in full.")]
    [InlineData("The flaw, CVE-2025-30112, is patched.", "The flaw, C V E twenty twenty-five, three zero one one two, is patched.")]
    [InlineData("Update to v4.12 now.", "Update to version four point twelve now.")]
    [InlineData("The v2 firmware ships today.", "The version two firmware ships today.")]
    [InlineData("The V8 engine roars.", "The V eight engine roars.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
