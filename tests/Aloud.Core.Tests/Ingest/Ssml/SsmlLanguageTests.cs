using Aloud.Ingest;
using Aloud.Ingest.Ssml;

namespace Aloud.Tests.Ingest.Ssml;

/// <summary><c>xml:lang</c> on p, s, voice and lang elements becomes language spans; the document's own language marks nothing.</summary>
public class SsmlLanguageTests
{
    private static IReadOnlyList<ArticleBlock> Blocks(string body, string root = "en-US") =>
        SsmlReader.Read($"<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"{root}\">{body}</speak>").Article.Blocks;

    private static IEnumerable<string> Marked(ArticleBlock block) =>
        block.Languages.Select(l => $"{l.Language}:{block.Text.Substring(l.Span.Start, l.Span.Length).Trim()}");

    [Fact]
    public void A_paragraph_in_another_language_is_marked_whole()
    {
        var blocks = Blocks("<p>Good morning.</p><p xml:lang=\"de\">Guten Morgen.</p>");
        Assert.Empty(blocks[0].Languages);
        Assert.Equal(["de:Guten Morgen."], Marked(blocks[1]));
    }

    [Fact]
    public void Sentences_voice_and_lang_elements_mark_their_own_text()
    {
        var block = Assert.Single(Blocks(
            "<p><s>She said hello.</s><s xml:lang=\"fr-FR\">Elle a dit bonjour</s> Then <voice xml:lang=\"it\">ciao</voice> and <lang xml:lang=\"es\">hola amigos</lang> too.</p>"));
        Assert.Equal(["fr-FR:Elle a dit bonjour.", "it:ciao", "es:hola amigos"], Marked(block));
    }

    [Fact]
    public void Nesting_returns_to_the_outer_language_and_the_documents_language_is_not_marked()
    {
        var block = Assert.Single(Blocks("<p xml:lang=\"de\">Erst Deutsch, <lang xml:lang=\"en-US\">then English</lang>, dann wieder Deutsch.</p>"));
        Assert.Equal(["de:Erst Deutsch,", "de:, dann wieder Deutsch."], Marked(block));
    }

    [Fact]
    public void A_bad_tag_is_noted_and_ignored()
    {
        var document = SsmlReader.Read("<speak xml:lang=\"en\"><p xml:lang=\"!!\">Still English.</p></speak>");
        Assert.Empty(Assert.Single(document.Article.Blocks).Languages);
        Assert.Contains(document.Notes, n => n.Contains("not a language tag", StringComparison.Ordinal));
    }
}
