using Aloud.Script;
using Aloud.Speech;
using Aloud.Speech.Phonemes;

namespace Aloud.Tests.Script;

public sealed class WrittenReadingTests
{
    private const string Text = "Kostet $5 heute";

    private static ScriptWord Word(string spoken, string written, WordBreak after = WordBreak.None) =>
        new(spoken, new TextSpan(Text.IndexOf(written, StringComparison.Ordinal), written.Length), after);

    [Fact]
    public void Words_made_from_one_token_become_that_token_once_with_the_last_ones_break()
    {
        var words = new[] { Word("Kostet", "Kostet"), Word("five", "$5"), Word("dollars", "$5", WordBreak.Comma), Word("heute", "heute") };

        var read = WrittenReading.Of(words, Text);

        Assert.Equal(["Kostet", "$5", "heute"], read.Select(w => w.Spoken));
        Assert.Equal(WordBreak.Comma, read[1].BreakAfter);
        Assert.Equal(new TextSpan(7, 2), read[1].Source);
    }

    [Fact]
    public void Inserted_masked_and_pronounced_words_stay_as_they_are()
    {
        var inserted = new ScriptWord("and", new TextSpan(7, 0));
        var masked = Word("five", "$5", WordBreak.Masked);
        var pronounced = Word("hoyta", "heute") with { Pronunciation = Pronunciation.ParseWords("ˈhɔɪtə")[0] };

        var read = WrittenReading.Of([inserted, masked, pronounced], Text);

        Assert.Equal([inserted, masked, pronounced], read);
    }
}
