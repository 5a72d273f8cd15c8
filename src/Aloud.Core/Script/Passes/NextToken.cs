using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// The first token at or after an index that has some property, remembered between questions: a pass asks for
/// increasing indexes as it walks the sentence, so each token is looked at about once however many questions
/// there are (asking afresh at every token re-read whole runs and made a long run of glued tokens quadratic).
/// </summary>
internal sealed class NextToken(IReadOnlyList<Token> tokens, Func<Token, bool> wanted)
{
    private int _from = -1;
    private int _found;

    /// <summary>The index of the first wanted token at or after <paramref name="index"/>, or the token count when none is.</summary>
    public int From(int index)
    {
        // Nothing in [_from, _found) was wanted, so from anywhere in that range the answer is _found again.
        if (_from >= 0 && index >= _from && index <= _found)
        {
            return _found;
        }
        var k = index;
        while (k < tokens.Count && !wanted(tokens[k]))
        {
            k++;
        }
        (_from, _found) = (index, k);
        return k;
    }
}
