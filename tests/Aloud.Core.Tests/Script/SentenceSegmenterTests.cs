using Aloud.Script;

namespace Aloud.Tests.Script;

public class SentenceSegmenterTests
{
    private static string[] Split(string text) => SentenceSegmenter.Split(text).Select(s => text.Substring(s.Start, s.Length)).ToArray();

    [Fact]
    public void Splits_at_full_stops_questions_and_exclamations() =>
        Assert.Equal(["One here.", "Two there?", "Three!"], Split("One here. Two there? Three!"));

    [Theory]
    [InlineData("Leaderboard: 1. A. Bell -9; T2. C. Dunn -7, E. Frey -7; 4. G. Hale -6.")]
    [InlineData("The Harrow Vol. Fire Dept. was called.")]
    [InlineData("Crews closed Rt. 9 overnight.")]
    [InlineData("Ada Roe, b. 2 May 1940, d. 8 Jan. 2026, of Leeds.")]
    [InlineData("Towing is set out in Ord. No. 2021-3 of the council.")]
    [InlineData("He was the son of late Sh. K.L. Bedi of Agra.")]
    [InlineData("Dr. Lee met Mr. Park on Feb. 13 at noon.")]
    [InlineData("The line is 23 ft. 9 in. from the basket.")]
    [InlineData("James T. Kirk took command.")]
    [InlineData("She is ranked No. 3 in the state.")]
    [InlineData("It grew 2.5 percent.")]
    [InlineData("See example.com for more.")]
    [InlineData("The U.S. delegation arrived late.")]
    [InlineData("Filed 27 Oct . 2010 in the archive.")]
    [InlineData("The match is Sat. Feb. 2 at noon.")]
    [InlineData("Vasquez def. Holm in three sets.")]
    [InlineData("The law, Pub. L. 118-42, took effect.")]
    [InlineData("Prosecutors cited Cal. Penal Code 187.")]
    [InlineData("The book, Vol. II of her memoirs, is out.")]
    [InlineData("The mill, est. 1887, will close.")]
    [InlineData("Case No. CR-2025-0419 was dismissed on Friday.")]
    [InlineData("The cabin is 6 km. SW of Dunmore on the ridge.")]
    [InlineData("Bid Notice No. KDR/PW/2025-26/41 closes on Monday.")]
    public void Abbreviations_initials_and_decimals_do_not_split(string text) => Assert.Single(Split(text));

    [Fact]
    public void A_numbered_places_label_after_a_comma_does_not_end_the_sentence()
    {
        Assert.Equal(["1.", "Copper Lane (11/4), 2. Tidal Song (8/1), 3. Moss Bay (20/1)."], Split("1. Copper Lane (11/4), 2. Tidal Song (8/1), 3. Moss Bay (20/1)."));
        // Without the place before it, a number after a comma still ends its sentence.
        Assert.Equal(["The score was 3, 2.", "Then we left."], Split("The score was 3, 2. Then we left."));
        // A results heading's first place after its colon opens the list.
        Assert.Single(Split("2.30 Ascot: 1. Red Moss 5-2 fav; 2. Tarn Hill 8-1."));
        // A runner's place after the bracketed odds of the one before it.
        Assert.Equal(["1.", "Red Moss (9-2) 2. Tarn Hill (11-4 fav)"], Split("1. Red Moss (9-2) 2. Tarn Hill (11-4 fav)"));
    }

    [Fact]
    public void Closing_quotes_stay_with_their_sentence() =>
        Assert.Equal(["\"I just saw it.\"", "Then she left."], Split("\"I just saw it.\" Then she left."));

    [Fact]
    public void An_amount_after_a_numbers_full_stop_starts_a_sentence() =>
        Assert.Equal(["Winning numbers 3, 8, 21, 30.", "£40 to each seller."], Split("Winning numbers 3, 8, 21, 30. £40 to each seller."));

    [Fact]
    public void An_amount_after_an_abbreviation_stays_in_its_sentence() =>
        Assert.Single(Split("The repairs cost approx. $900 in all."));

    [Fact]
    public void A_scale_letter_after_degrees_ends_a_sentence() =>
        Assert.Equal(["It peaked at 31 degrees C.", "Then it cooled."], Split("It peaked at 31 degrees C. Then it cooled."));

    [Fact]
    public void A_scale_letter_after_a_degree_sign_ends_a_sentence() =>
        Assert.Equal(["Mon: high 24°C.", "Tue: showers."], Split("Mon: high 24°C. Tue: showers."));

    [Fact]
    public void A_results_line_d_between_players_does_not_split() =>
        Assert.Single(Split("Emma Radley (GBR) d. Lena Voss (GER) 6-2, 6-3."));

    [Fact]
    public void A_letter_glued_to_a_number_is_a_unit_not_an_initial() =>
        Assert.Equal(["It delivers 65W.", "Then it stops."], Split("It delivers 65W. Then it stops."));

    [Fact]
    public void A_unit_abbreviation_before_a_capital_ends_a_sentence() =>
        Assert.Equal(["He stands 6 ft.", "Then he left."], Split("He stands 6 ft. Then he left."));

    [Fact]
    public void A_lowercase_continuation_is_not_a_new_sentence() =>
        Assert.Single(Split("\"Really?\" she asked."));

    [Fact]
    public void An_abbreviation_at_a_sentence_end_splits_before_a_typical_opener() =>
        Assert.Equal(["They moved to the U.S.", "The rest stayed."], Split("They moved to the U.S. The rest stayed."));

    [Fact]
    public void Ellipses_split_only_before_a_capital() =>
        Assert.Equal(["Wait... and see.", "Then go."], Split("Wait... and see. Then go."));
}
