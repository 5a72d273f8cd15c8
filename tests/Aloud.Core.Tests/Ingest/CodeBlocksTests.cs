using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

public class CodeBlocksTests
{
    private const string Prose = "We moved the nightly build to the new machines in October, and the clean build now takes about half as long.";
    private const string More = "The one tool that had no build for the new chips now runs in an emulator, which nobody notices at night.";

    private static IReadOnlyList<string> Texts(string body) =>
        HtmlArticleExtractor.Extract($"<html><body><article>{body}</article></body></html>").Blocks.Select(b => b.Text).ToList();

    [Theory]
    [InlineData("<pre><code>$ time ./build.sh --clean\nreal    12m03.118s</code></pre>")]
    [InlineData("<pre><code>ops@farm-2:~/src$ make test\nok  all 418 tests passed</code></pre>")]
    [InlineData("<pre><code>PS C:\\work&gt; .\\build.ps1\nDone in 4.2 s</code></pre>")]
    public void A_terminal_session_in_code_is_not_read(string block) =>
        Assert.Equal([Prose, More], Texts($"<p>{Prose}</p>{block}<p>{More}</p>"));

    [Theory]
    // A code listing (as the Readability reference keeps it) and preformatted text that is not code are read.
    [InlineData("<pre><code>total = sum(sizes) / count</code></pre>", "total = sum(sizes) / count")]
    [InlineData("<pre>$ 40 for the first night, $ 30 after</pre>", "$ 40 for the first night, $ 30 after")]
    public void Other_preformatted_text_is_read(string block, string expected) =>
        Assert.Equal([Prose, expected, More], Texts($"<p>{Prose}</p>{block}<p>{More}</p>"));
}
