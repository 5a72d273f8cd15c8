using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>The twelfth blind set's reader-revenue pitches, judged by what they say whatever box they sit in.</summary>
public class PromoPhrasesTests
{
    [Theory]
    [InlineData("The Courier has been free since 1994. Become a member for as little as $4 a month and keep it that way.")]
    [InlineData("The Quay Letter is free and reader-supported. If it helps you, become a paying member for $7 a month.")]
    [InlineData("Quay Tech is supported by its readers. When you buy through links on our site, we may earn an affiliate commission.")]
    [InlineData("… we have a small favour to ask. Our reporting is open to everyone. If you can, support us today.")]
    [InlineData("Notes to editors")]
    public void A_reader_revenue_pitch_is_a_promo(string text) => Assert.True(PromoPhrases.IsPromo(text));

    [Theory]
    [InlineData("Residents can become a member of the new pool from January, the council said.")]
    [InlineData("The streaming service will cost $6 a month, up from $5.")]
    [InlineData("The museum is supported by its members and a grant from the city, its director said.")]
    [InlineData("He said he had a small favour to ask of the council before the vote on Tuesday.")]
    [InlineData("The editors' notes to the minister were published on Friday.")]
    public void A_story_sentence_that_looks_alike_is_not(string text) => Assert.False(PromoPhrases.IsPromo(text));

    // The sixteenth set's: a Hungarian read-also line closed by an exclamation mark, topic labels in Czech, Hungarian
    // and Finnish, and the ad label in Greek and Czech.
    [Theory]
    [InlineData("Olvasd el ezt is! Ezekkel a programokkal vár a város a nyáron")]
    [InlineData("Ezt is olvasd el: Új buszmenetrend jön")]
    [InlineData("Témata: cyklostezky, řeka Bečva")]
    [InlineData("Címkék: Balaton, strand")]
    [InlineData("Aiheet: liikenne, Tampere")]
    [InlineData("Διαφήμιση")]
    [InlineData("Inzerce")]
    public void A_label_of_a_link_line_or_an_ad_slot_in_another_language_is_a_promo(string text) => Assert.True(PromoPhrases.IsPromo(text));

    [Theory]
    [InlineData("Olvasd el a szabályzatot, mielőtt jelentkezel a versenyre.")]
    [InlineData("Témata jednání byla doprava a školství, uvedl starosta.")]
    public void A_sentence_that_starts_alike_is_not(string text) => Assert.False(PromoPhrases.IsPromo(text));
}
