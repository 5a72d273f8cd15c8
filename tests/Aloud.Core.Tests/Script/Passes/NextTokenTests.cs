using Aloud.Script.Passes;
using Aloud.Script.Tokens;

namespace Aloud.Tests.Script.Passes;

public class NextTokenTests
{
    private static readonly List<Token> Tokens = Tokenizer.Tokenize("see a.b.c/d and x@y.org, (then) e-f.g", 0, 37, 0);

    private static int Naive(Func<Token, bool> wanted, int index)
    {
        var k = index;
        while (k < Tokens.Count && !wanted(Tokens[k])) k++;
        return k;
    }

    [Fact]
    public void Every_answer_is_the_first_wanted_token_at_or_after_the_index_whatever_the_order_of_questions()
    {
        Func<Token, bool> dotted = t => t.Text.Contains('.', StringComparison.Ordinal);
        var next = new NextToken(Tokens, dotted);
        var questions = Enumerable.Range(0, Tokens.Count + 1).Concat([5, 0, 9, 3, Tokens.Count, 1, 2]).ToList();

        foreach (var index in questions)
        {
            Assert.Equal(Naive(dotted, index), next.From(index));
        }
    }

    [Fact]
    public void None_wanted_answers_the_token_count()
    {
        var next = new NextToken(Tokens, t => t.Text == "@@");

        Assert.Equal(Tokens.Count, next.From(0));
        Assert.Equal(Tokens.Count, next.From(4));
    }
}
