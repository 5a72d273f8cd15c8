using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A greyhound's trap in brackets after its name, "Swift Lass (T4)" -> "trap four", as a dog race's result or card
/// writes it. Only T1 to T8, only between brackets straight after a capitalised name, and only in a sentence about
/// dogs: a golf leaderboard's "(T2)" is a tie for second place and keeps its letters.
/// </summary>
internal sealed class GreyhoundTrapPass(INumberWords numbers) : TokenPass
{
    /// <summary>Words that make a sentence about dog racing.</summary>
    private static readonly HashSet<string> DogWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "greyhound", "greyhounds", "dog", "dogs", "trap", "traps", "kennel", "kennels", "hare",
    };

    public override string Name => "trap";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Word, Text: ['T', >= '1' and <= '8'] trap }
            || At(tokens, index - 1) is not { Text: "(" } || At(tokens, index + 1) is not { Text: ")", SpaceBefore: false }
            || At(tokens, index - 2) is not { Kind: TokenKind.Word } name || !char.IsUpper(name.Text[0])
            || !NearbyWords.Any(tokens, index, DogWords))
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 1, $"trap {numbers.Cardinal(trap[1] - '0')}");
        return 1;
    }
}
