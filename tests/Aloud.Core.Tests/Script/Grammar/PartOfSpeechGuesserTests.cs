using Aloud.Script.Grammar;
using Xunit.Abstractions;
using static Aloud.Script.Grammar.PartOfSpeech;

namespace Aloud.Tests.Script.Grammar;

/// <summary>
/// The guesser against a table of invented sentences, one heteronym marked [like this] in each, with the
/// part of speech a person would give it. Rows marked <c>Hard</c> need more than two words of context (a
/// noun before the word, "her" as an object) and are known to fail; every other row must be right.
/// </summary>
public class PartOfSpeechGuesserTests(ITestOutputHelper output)
{
    private const bool Hard = true;

    private static readonly (string Sentence, PartOfSpeech Expected, bool Hard)[] Table =
    [
        ("The [lead] pipe burst under the sink.", Noun, false),
        ("They [lead] the parade every spring.", Verb, false),
        ("Heavy [lead] sank to the bottom.", Noun, false),
        ("Guides [lead] hikers up the ridge.", Verb, Hard),
        ("Please [lead] us to the exit.", Verb, false),
        ("She took the [lead] in the race.", Noun, false),
        ("The ship's [lead] line snapped.", Noun, false),
        ("Lead is toxic to children.", Noun, false),
        ("We [live] near the harbour.", Verb, false),
        ("The band played a [live] set.", Adjective, false),
        ("The concert is [live] tonight.", Adjective, false),
        ("Do they still [live] there?", Verb, Hard),
        ("A [live] wire hung loose.", Adjective, false),
        ("I [read] the letter twice.", Verb, false),
        ("That book was a good [read].", Noun, false),
        ("She has [read] every chapter.", Verb, false),
        ("The [wind] knocked over the fence.", Noun, false),
        ("You must [wind] the clock each night.", Verb, false),
        ("A cold [wind] blew from the north.", Noun, false),
        ("Wind was the main problem.", Noun, false),
        ("Tears ran down as a [tear] fell.", Noun, false),
        ("Do not [tear] the label off.", Verb, false),
        ("He watched the paper [tear] in half.", Verb, Hard),
        ("His [tear] dried on his cheek.", Noun, false),
        ("Players [tear] down the field.", Verb, Hard),
        ("Please [close] the door behind you.", Verb, false),
        ("The two teams were [close] all season.", Adjective, false),
        ("It was a [close] call.", Adjective, false),
        ("The store will [close] at noon.", Verb, false),
        ("The [close] of the meeting came late.", Noun, false),
        ("The school is [close] to the park.", Adjective, false),
        ("How [close] are we?", Adjective, false),
        ("It feels so [close] now.", Adjective, false),
        ("We [record] every episode live.", Verb, false),
        ("She set a new [record] in the final.", Noun, false),
        ("[Record] the song before lunch.", Verb, false),
        ("The [record] shows a steady rise.", Noun, false),
        ("Their [record] label signed three acts.", Noun, false),
        ("The survey will [record] your answers.", Verb, false),
        ("After the [record], the band split up.", Noun, false),
        ("I heard her [record] the song.", Verb, Hard),
        ("The [recording] went viral.", Noun, false),
        ("I want to [present] the award.", Verb, false),
        ("Everyone was [present] at the vote.", Adjective, false),
        ("She opened the [present] slowly.", Noun, false),
        ("They will [present] their findings.", Verb, false),
        ("The students [present] their work today.", Verb, false),
        ("The [present] moment is all we have.", Adjective, false),
        ("The [object] on the shelf was glass.", Noun, false),
        ("We [object] to the new rules.", Verb, false),
        ("Nobody would [object] if you left.", Verb, false),
        ("They did not [object] at all.", Verb, false),
        ("The [project] ran over budget.", Noun, false),
        ("They [project] strong growth next year.", Verb, false),
        ("Her latest [project] opens soon.", Noun, false),
        ("Sales [project] to rise.", Verb, Hard),
        ("I [refuse] to answer that.", Verb, false),
        ("Crews collect the [refuse] on Mondays.", Noun, false),
        ("He was [refused] entry.", Verb, false),
        ("Wait one [minute] please.", Noun, false),
        ("The changes were [minute] but real.", Adjective, false),
        ("In a [minute] we leave.", Noun, false),
        ("Prices rose by a [minute] amount.", Adjective, false),
        ("He plays [bass] in a trio.", Noun, Hard),
        ("The [wound] healed within a week.", Noun, false),
        ("She [wound] the rope around the post.", Verb, false),
        ("The soldier had a deep [wound].", Noun, false),
        ("The clock was [wound] by hand.", Verb, false),
        ("The river [wound] through the valley.", Verb, Hard),
        ("They crossed the [desert] on foot.", Noun, false),
        ("Soldiers who [desert] face trial.", Verb, false),
        ("Do not [desert] your friends.", Verb, false),
        ("The [content] of the report leaked.", Noun, false),
        ("He seemed [content] with the result.", Adjective, false),
        ("The site removed the [content] quickly.", Noun, false),
        ("He is not [content] with that.", Adjective, false),
        ("Staff must [conduct] a review.", Verb, false),
        ("His [conduct] drew complaints.", Noun, false),
        ("The council will [permit] the march.", Verb, false),
        ("You need a [permit] for that.", Noun, false),
        ("Fishing without a [permit] is illegal.", Noun, false),
        ("Officials [permit] no fishing here.", Verb, false),
        ("Apply [polish] to the wood.", Noun, Hard),
        ("We [polish] the floors on Fridays.", Verb, false),
        ("Shoe [polish] stains easily.", Noun, Hard),
        ("We should [polish] it again.", Verb, false),
        ("Bring the [polish] and a cloth.", Noun, false),
    ];

    /// <summary>
    /// Written after the rules were finished, with other heteronyms and a newsier style, and never tuned
    /// against: a fairer measure than <see cref="Table"/>, which was written beside the rules.
    /// </summary>
    private static readonly (string Sentence, PartOfSpeech Expected)[] HeldOut =
    [
        ("Police [suspect] the fire was deliberate.", Verb),
        ("The [suspect] fled on foot.", Noun),
        ("Officers arrested a second [suspect] on Tuesday.", Noun),
        ("Farmers [produce] more grain than before.", Verb),
        ("Fresh [produce] arrives daily.", Noun),
        ("The union signed a new [contract] last week.", Noun),
        ("Muscles [contract] when cold.", Verb),
        ("The mayor will [address] the council.", Verb),
        ("Write your [address] on the form.", Noun),
        ("Prices may [increase] again.", Verb),
        ("The [increase] surprised analysts.", Noun),
        ("A sharp [increase] followed.", Noun),
        ("Residents [rebel] against the tax.", Verb),
        ("The court heard from a [convict] who escaped.", Noun),
        ("Juries rarely [convict] in such cases.", Verb),
        ("There is no [excuse] for delay.", Noun),
        ("Please [excuse] the noise.", Verb),
        ("The [house] voted late.", Noun),
        ("The shelter can [house] forty families.", Verb),
        ("They [separate] the waste by hand.", Verb),
        ("Keep the two piles [separate].", Adjective),
        ("The [estimate] was far too low.", Noun),
        ("We [estimate] the cost at two million.", Verb),
        ("She will [graduate] in June.", Verb),
        ("Each [graduate] received a medal.", Noun),
        ("They had a loud [row] about money.", Noun),
        ("Crowds gathered at the [entrance].", Noun),
        ("The [subject] of the inquiry declined to comment.", Noun),
        ("Critics [object] that the plan is rushed.", Verb),
        ("It was a [compact] car.", Adjective),
        ("Engineers [use] recycled steel.", Verb),
        ("The [use] of force was reviewed.", Noun),
        ("It is no [use] complaining.", Noun),
        ("Nobody knew how to [use] the device.", Verb),
    ];

    public static TheoryData<string, PartOfSpeech> MustPass()
    {
        var data = new TheoryData<string, PartOfSpeech>();
        foreach (var row in Table.Where(r => !r.Hard))
        {
            data.Add(row.Sentence, row.Expected);
        }
        return data;
    }

    /// <summary>
    /// A sentence with its marked word (or its first word when none is marked) as the guesser's input:
    /// words split on spaces, a trailing comma, semicolon or colon a pause, other punctuation dropped.
    /// </summary>
    private static (List<GrammarWord> Words, int Index) Read(string sentence)
    {
        var words = new List<GrammarWord>();
        var index = 0;
        foreach (var raw in sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw.StartsWith('['))
            {
                index = words.Count;
            }
            var pause = raw.TrimEnd('.', '?', '!', ']').EndsWith(',') || raw.EndsWith(';') || raw.EndsWith(':');
            words.Add(new GrammarWord(raw.Trim('[', ']', '.', ',', ';', ':', '?', '!'), pause));
        }
        return (words, index);
    }

    private static PartOfSpeechGuess GuessIn(string sentence)
    {
        var (words, index) = Read(sentence);
        return PartOfSpeechGuesser.Guess(words, index);
    }

    /// <summary>Right when the guess, or its second choice in a noun-or-adjective place, is the expected part of speech.</summary>
    private static bool Right(PartOfSpeechGuess guess, PartOfSpeech expected) => guess.Tag == expected || guess.Alternative == expected;

    [Theory]
    [MemberData(nameof(MustPass))]
    public void Rows_the_rules_cover_are_guessed_right(string sentence, PartOfSpeech expected)
    {
        var guess = GuessIn(sentence);
        Assert.True(Right(guess, expected), $"{sentence}: expected {expected}, guessed {guess.Tag?.ToString() ?? "unknown"}/{guess.Alternative} ({guess.Rule})");
    }

    [Fact]
    public void Accuracy_on_the_whole_table_is_measured_and_reported()
    {
        var guesses = Table.Select(r => (Row: r, Guess: GuessIn(r.Sentence))).ToList();
        var right = guesses.Count(g => Right(g.Guess, g.Row.Expected));
        var strict = guesses.Count(g => g.Guess.Tag == g.Row.Expected);
        var unknown = guesses.Count(g => g.Guess.IsUnknown);
        var wrong = guesses.Count - right - unknown;
        output.WriteLine($"{Table.Length} rows: {right} right ({100.0 * right / Table.Length:F1}%), {strict} with the first choice ({100.0 * strict / Table.Length:F1}%), {unknown} unknown, {wrong} wrong");
        foreach (var (row, guess) in guesses.Where(g => !Right(g.Guess, g.Row.Expected)))
        {
            output.WriteLine($"  miss: {row.Sentence} expected {row.Expected}, guessed {guess.Tag?.ToString() ?? "unknown"} ({guess.Rule})");
        }

        Assert.True(Table.Length >= 60);
        // Every miss is a Hard row (checked above); a table where rules cover fewer than 85% of realistic
        // sentences would make POS entries more surprise than help, so that is the floor.
        Assert.True(right >= 0.85 * Table.Length, $"{right} of {Table.Length} right");
        // A wrong guess is worse than no guess (unknown falls back to the entry without a part of speech).
        Assert.True(wrong <= 2, $"{wrong} confidently wrong");
    }

    [Fact]
    public void Accuracy_on_held_out_sentences_is_measured_and_reported()
    {
        var guesses = HeldOut.Select(r => (Row: r, Guess: GuessIn(r.Sentence))).ToList();
        var right = guesses.Count(g => Right(g.Guess, g.Row.Expected));
        var unknown = guesses.Count(g => g.Guess.IsUnknown);
        var wrong = guesses.Count - right - unknown;
        output.WriteLine($"held out, {HeldOut.Length} rows: {right} right ({100.0 * right / HeldOut.Length:F1}%), {unknown} unknown, {wrong} wrong");
        foreach (var (row, guess) in guesses.Where(g => !Right(g.Guess, g.Row.Expected)))
        {
            output.WriteLine($"  miss: {row.Sentence} expected {row.Expected}, guessed {guess.Tag?.ToString() ?? "unknown"} ({guess.Rule})");
        }

        // Measured at 25 of 34 (73.5%), every miss an unknown (the entry without a part of speech then
        // reads). The floors sit a little under that, set after measuring: what matters most is that
        // the guesser says "unknown" rather than guessing wrong on sentences it was not written for.
        Assert.True(right >= 0.65 * HeldOut.Length, $"{right} of {HeldOut.Length} right");
        Assert.True(wrong <= 1, $"{wrong} confidently wrong");
    }

    [Fact]
    public void A_pause_hides_the_words_on_its_other_side()
    {
        // "the" before the comma would make "record" a noun; across the pause the word stands alone.
        Assert.True(GuessIn("Play the, [record] the song.").Tag == Verb);
        Assert.Equal(Noun, GuessIn("After the [record], the band split up.").Tag);
    }

    [Fact]
    public void The_rule_that_decided_is_named()
    {
        Assert.Contains("after the subject \"they\"", GuessIn("They [lead] the parade.").Rule);
        Assert.Equal(PartOfSpeechGuess.Unknown, GuessIn("Guides [lead] hikers up the ridge."));
        Assert.Equal(Adjective, GuessIn("A [live] wire hung loose.").Alternative);
    }

    [Fact]
    public void A_phrase_is_guessed_from_the_words_around_it()
    {
        var words = new[] { "we", "wind", "up", "the", "show" }.Select(w => new GrammarWord(w)).ToList();
        Assert.Equal(Verb, PartOfSpeechGuesser.Guess(words, 1, 2).Tag);
        Assert.Throws<ArgumentOutOfRangeException>(() => PartOfSpeechGuesser.Guess(words, 4, 2));
    }

    [Theory]
    [InlineData("noun", Noun)]
    [InlineData("N", Noun)]
    [InlineData(" verb ", Verb)]
    [InlineData("v", Verb)]
    [InlineData("Adjective", Adjective)]
    [InlineData("adj", Adjective)]
    [InlineData("adverb", Adverb)]
    [InlineData("ADV", Adverb)]
    public void The_accepted_names_are_read(string name, PartOfSpeech expected)
    {
        Assert.True(PartOfSpeechNames.TryParse(name, out var tag));
        Assert.Equal(expected, tag);
    }

    [Theory]
    [InlineData("nn")]
    [InlineData("pronoun")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_names_are_not(string? name) => Assert.False(PartOfSpeechNames.TryParse(name, out _));
}
