using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>A listed company's safe-harbour section is for lawyers; a story about its forecast is for listeners.</summary>
public class SafeHarbourTextTests
{
    [Theory]
    [InlineData("Forward-Looking Statements")]
    [InlineData("Cautionary Note Regarding Forward-Looking Statements")]
    [InlineData("Safe Harbor Statement")]
    [InlineData("Déclarations prospectives")]
    [InlineData("This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995.")]
    [InlineData("Forward-looking statements speak only as of the date of this release, and Kestrel Mills undertakes no obligation to update them.")]
    public void Labels_and_legal_paragraphs_are_safe_harbour(string text) => Assert.True(SafeHarbourText.IsSafeHarbour(text));

    [Theory]
    [InlineData("The company raised its full-year guidance and now expects earnings of $3.20 to $3.35 a share.")]
    [InlineData("Analysts said the forward-looking statements in last year's release had proved far too cautious.")]
    [InlineData("Outlook")]
    public void Story_text_is_not(string text) => Assert.False(SafeHarbourText.IsSafeHarbour(text));
}
