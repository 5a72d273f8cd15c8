using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

public class AloudInputExceptionTests
{
    [Fact]
    public void Quoted_input_cannot_break_the_message_over_lines()
    {
        var e = new AloudInputException("lexicon file x.json is not valid: 'a\nb\r\nc\u0085d\u2028e\u001b[31m' is invalid");
        Assert.Equal("lexicon file x.json is not valid: 'a b  c d e [31m' is invalid", e.Message);
    }

    [Fact]
    public void A_message_quoting_a_huge_input_is_cut_short()
    {
        var e = new AloudInputException("bad token: " + new string('x', 100_000));
        Assert.Equal(AloudInputException.MaxMessageLength + 1, e.Message.Length);
        Assert.EndsWith("x…", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cut_never_splits_a_surrogate_pair()
    {
        var e = new AloudInputException(new string('a', AloudInputException.MaxMessageLength - 1) + "😀😀");
        Assert.False(char.IsHighSurrogate(e.Message[^2]));
        Assert.EndsWith("a…", e.Message, StringComparison.Ordinal);
    }
}
