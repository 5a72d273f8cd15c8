using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class ElectronicPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("Your order #A-20741 has shipped.", "Your order number A two zero seven four one has shipped.")]
    [InlineData("Ticket #B12-774 is valid.", "Ticket number B one two seven seven four is valid.")]
    [InlineData("Read #Vote2024 posts.", "Read hashtag Vote twenty twenty-four posts.")]
    [InlineData("Follow @FenwickDesk today.", "Follow at Fenwick Desk today.")]
    [InlineData("Use #Election2024 today.", "Use hashtag Election twenty twenty-four today.")]
    [InlineData("Tag #area51 now.", "Tag hashtag area five one now.")]
    [InlineData("Read more at https://www.example.com/news today.", "Read more at example dot com slash news today.")]
    [InlineData("Visit example.org.", "Visit example dot org.")]
    [InlineData("See www.city-news.co.uk/2024/votes for details.", "See city dash news dot co dot uk slash two zero two four slash votes for details.")]
    // A round figure in a link is said as a number.
    [InlineData("Specs at example.com/gpu-4000 now.", "Specs at example dot com slash gpu dash four thousand now.")]
    [InlineData("Write to tips.desk@example.com now.", "Write to tips dot desk at example dot com now.")]
    [InlineData("Mail jo_lee42@mail.example.museum now.", "Mail jo underscore lee four two at mail dot example dot museum now.")]
    [InlineData("Open file:///tmp/a.txt now.", "Open file colon slash slash slash tmp slash a dot txt now.")]
    [InlineData("Follow #ElectionNight for updates.", "Follow hashtag Election Night for updates.")]
    [InlineData("Fans shared # Throwback photos.", "Fans shared hashtag Throwback photos.")]
    [InlineData("The # of votes rose.", "The number of votes rose.")]
    [InlineData("Follow @citydesk for updates.", "Follow at citydesk for updates.")]
    public void ReadsAddressesAndHandles(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Abbreviations with dots and ordinary numbers are not addresses.
    [InlineData("the U.S. team", "the U S team.")]
    [InlineData("She ranked No. 1 on the list.", "She ranked number one on the list.")]
    [InlineData("It was e.g. late.", "e")]
    public void LeavesOrdinaryTextAlone(string written, string expectedPart) =>
        Assert.Contains(expectedPart, _normalizer.NormalizeToText(written), StringComparison.Ordinal);
}
