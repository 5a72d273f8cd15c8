using Aloud.Script.Tokens;
using Aloud.Speech;

namespace Aloud.Script.Passes;

/// <summary>
/// A censored word ("a--", "f***") is never spelled out: it becomes a short pause where the word was.
/// </summary>
internal sealed class MaskedWordPass : TokenPass
{
    public override string Name => "masked";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index].Kind != TokenKind.Masked)
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 1, "", WordBreak.Clause);
        return 1;
    }
}
