using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A golf leaderboard's scores to par and tied places, as commentators say them: "-12" -> "twelve under", "+3" ->
/// "three over", "T2" -> "tied second". Only in a sentence about golf or, for a score, straight after a player's bracketed
/// country code in a list, so a temperature or a change elsewhere keeps its sign.
/// </summary>
internal sealed class GolfScorePass(INumberWords numbers) : TokenPass
{
    private static readonly HashSet<string> GolfWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "leaderboard", "golf", "birdie", "birdies", "bogey", "bogeys", "eagle", "eagles", "par", "under-par", "over-par", "PGA", "LPGA",
        "Masters", "fairway", "fairways", "putt", "putts", "holes", "hole", "clubhouse", "cut",
    };

    /// <summary>The lowest score to par a leaderboard shows.</summary>
    private const int MaxToPar = 40;

    public override string Name => "golf";

    /// <summary>
    /// "R. McCleary (NIR) -12": a signed whole number right after a player's bracketed country code is a score to par,
    /// the shape of a leaderboard even where its heading stands in another sentence.
    /// </summary>
    private static bool AfterCountryCode(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index - 1) is { Text: ")" } && At(tokens, index - 2) is { Kind: TokenKind.Word, Text.Length: 3 } code
        && char.IsAsciiLetterUpper(code.Text[0]) && code.Text.Skip(1).All(char.IsAsciiLetter) && At(tokens, index - 3) is { Text: "(" }
        && At(tokens, index + 2) is null or { Kind: TokenKind.Punctuation, Text: "," or ";" or "." };

    /// <summary>"T5 on -9": a shared place on the leaderboard, "on" and a signed score, a shape only golf writes.</summary>
    private static bool PlaceOnScore(IReadOnlyList<Token> tokens, int index) =>
        tokens[index] is { Kind: TokenKind.Word, Text: ['T', .. var place] } && place.Length is 1 or 2 && NumberText.IsPlain(place)
        && At(tokens, index + 1) is { Kind: TokenKind.Word, Text: "on" } && At(tokens, index + 2) is { Text: "-" or "+" or "\u2212" }
        && At(tokens, index + 3) is { Kind: TokenKind.Number, SpaceBefore: false };

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is { Kind: TokenKind.Word, Text: ['T', .. var place] } && place.Length is 1 or 2 && NumberText.IsPlain(place) && place[0] != '0'
            && ((index == 0 || At(tokens, index - 1) is { Kind: TokenKind.Punctuation }) && NearbyWords.Any(tokens, index, GolfWords)
                // "Tulloch is T5 on -9": a shared place and its score to par say golf by themselves.
                || PlaceOnScore(tokens, index)
                // "Brennan finished T4": a finishing place shared, in any tournament.
                || At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "finished" or "finishing" or "finish" or "placed" }))
        {
            // "T2. T. Hargreave": a place shared on the leaderboard; its list stop is read as the list's pause.
            replacement = Spoken(tokens, index, 1, $"tied {numbers.Ordinal(int.Parse(place, CultureInfo.InvariantCulture))}");
            return 1;
        }
        if (tokens[index] is not { Kind: TokenKind.Punctuation or TokenKind.Symbol, Text: "-" or "+" or "\u2212", SpaceBefore: true } sign
            || At(tokens, index + 1) is not { Kind: TokenKind.Number, SpaceBefore: false } score || !NumberText.IsPlain(score.Text) || score.Text.Length > 2
            || int.Parse(score.Text, CultureInfo.InvariantCulture) is var strokes && strokes > MaxToPar
            || At(tokens, index + 2) is { SpaceBefore: false, Kind: TokenKind.Word or TokenKind.Number }
            || !((NearbyWords.Any(tokens, index, GolfWords) || NearbyWords.AnyOther(tokens, index, k => PlaceOnScore(tokens, k))) && At(tokens, index - 1) is { Kind: TokenKind.Word or TokenKind.Punctuation }
                || AfterCountryCode(tokens, index)))
        {
            return 0;
        }
        var words = strokes == 0 ? "level par" : $"{numbers.Cardinal(strokes)} {(sign.Text == "+" ? "over" : "under")}";
        replacement = Spoken(tokens, index, 2, words);
        return 2;
    }
}
