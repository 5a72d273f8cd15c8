using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A Greek letter standing alone, as a symbol ("the values of Δ", "α decay"): read by its English name. A
/// Greek word is left alone; only a one-letter token is a symbol.
/// </summary>
internal sealed class GreekLetterPass : TokenPass
{
    private static readonly string[] Names =
    [
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu",
        "nu", "xi", "omicron", "pi", "rho", "sigma", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
    ];

    public override string Name => "greek";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Word, Text.Length: 1 } word)
        {
            return 0;
        }
        // Lower case runs α (U+03B1) to ω (U+03C9) with final sigma ς at U+03C2; upper case Α (U+0391) to Ω
        // (U+03A9) with a gap at U+03A2.
        var c = word.Text[0];
        int position = c switch
        {
            >= '\u03B1' and <= '\u03C9' => c - '\u03B1',
            >= '\u0391' and <= '\u03A9' and not '\u03A2' => c - '\u0391',
            _ => -1,
        };
        if (position < 0)
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 1, Names[position]);
        return 1;
    }
}
