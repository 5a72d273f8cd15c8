using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class SectionNumberPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A code section with lettered subsections is a label, read in parts.
    // A chapter and a section after one section's label are one number; a span of sections keeps "to".
    [InlineData("The fine is set by Sec. 7-214 of the town code.", "The fine is set by Section seven two fourteen of the town code.")]
    [InlineData("Sections 3-6 were repealed.", "Sections three to six were repealed.")]
    [InlineData("Section 2-4 of the act applies.", "Section two to four of the act applies.")]
    [InlineData("she moved her 403(b) savings", "she moved her four oh three b savings.")]
    [InlineData("a 501(c)(4) group", "a five oh one c four group.")]
    [InlineData("a 1031(a) exchange", "a ten thirty-one a exchange.")]
    // A bracketed letter apart from the number is not a subsection.
    [InlineData("options 12 (b) and 13 (c)", "options twelve, b, and thirteen, c.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
