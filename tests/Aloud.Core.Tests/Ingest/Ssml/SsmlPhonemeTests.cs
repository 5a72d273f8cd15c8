using Aloud.Ingest;
using Aloud.Ingest.Ssml;
using Aloud.Script;

namespace Aloud.Tests.Ingest.Ssml;

public class SsmlPhonemeTests
{
    private static SsmlDocument Read(string body) => SsmlReader.Read($"<speak>{body}</speak>");

    private static IReadOnlyList<ScriptWord> Words(string body) =>
        new ScriptWriter().Write(Read(body).Article).Sentences.SelectMany(s => s.Words).ToList();

    [Fact]
    public void The_pronunciation_points_at_its_text_after_whitespace_is_collapsed()
    {
        var block = Read("<p>  Ask   for\n  <phoneme ph=\"ˈmɑɹɛk\"> Marek\n</phoneme>   today.</p>").Article.Blocks.Single();

        Assert.Equal("Ask for Marek today.", block.Text);
        var p = Assert.Single(block.Pronunciations);
        Assert.Equal("Marek", block.Text.Substring(p.Start, p.Length));
        Assert.Equal("m aa1 r eh0 k", Assert.Single(p.Words).Text);
    }

    [Fact]
    public void The_script_word_gets_the_pronunciation_and_keeps_its_written_text()
    {
        var words = Words("<p>Ask for <phoneme alphabet=\"ipa\" ph=\"ˈmɑɹɛk\">Marek</phoneme> today.</p><p>Marek again.</p>");

        Assert.Equal(["Ask", "for", "Marek", "today", "Marek", "again"], words.Select(w => w.Spoken));
        Assert.Equal([null, null, "m aa1 r eh0 k", null, null, null], words.Select(w => w.Pronunciation?.Text));
    }

    [Fact]
    public void Each_word_of_a_phrase_gets_its_ipa_word()
    {
        var words = Words("<p>We reached <phoneme ph=\"ˈpɔɹt ˈɔldɚ\">Port Alder</phoneme>.</p>");

        Assert.Equal(["p ao1 r t", "ao1 l d er0"], words.Skip(2).Select(w => w.Pronunciation?.Text));
    }

    [Fact]
    public void Words_normalisation_made_that_do_not_line_up_with_the_ipa_are_said_as_one()
    {
        var words = Words("<p>In the <phoneme ph=\"ˌnaɪnˈtinˈtwɛntiz\">1920s</phoneme> it grew.</p>");

        var decade = words.Single(w => w.Pronunciation is not null);
        Assert.Equal("nineteen twenties", decade.Spoken);
        Assert.StartsWith("n ay2 n t iy1 n t w eh1 n t iy0 z", decade.Pronunciation!.Text, StringComparison.Ordinal);
        Assert.Equal(["In", "the", "nineteen twenties", "it", "grew"], words.Select(w => w.Spoken));
    }

    [Fact]
    public void Arpabet_is_accepted_under_its_names()
    {
        var words = Words("<p><phoneme alphabet=\"x-arpabet\" ph=\"M AA1 R EH0 K\">Marek</phoneme> waved.</p>");

        Assert.Equal("m aa1 r eh0 k", words[0].Pronunciation?.Text);
    }

    [Theory]
    [InlineData("<phoneme ph=\"ˈmyk\">Myk</phoneme>", "\"y\" (U+0079) in \"ˈmyk\"")]
    [InlineData("<phoneme alphabet=\"x-sampa\" ph=\"m{k\">Mak</phoneme>", "alphabet \"x-sampa\" is not supported")]
    [InlineData("<phoneme alphabet=\"cmu\" ph=\"M Q\">Mq</phoneme>", "\"Q\" is not an ARPAbet phone")]
    public void A_pronunciation_we_cannot_say_fails_the_document_naming_its_line(string element, string expected)
    {
        var error = Assert.Throws<AloudInputException>(() => SsmlReader.Read($"<speak>\n<p>Hello\n{element}.</p></speak>"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("on line 3", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
