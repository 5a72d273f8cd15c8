using Aloud.Script.Tokens;
using Aloud.Speech;

namespace Aloud.Script.Passes;

/// <summary>
/// A censored word ("a--", "f***") is never spelled out: it becomes a pause where the word was (or a bleep,
/// when the narrator is asked for one).
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
        replacement = Spoken(tokens, index, 1, "", WordBreak.Masked);
        return 1;
    }
}
