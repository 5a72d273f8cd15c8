using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A track race named by its distance alone, as American high-school and college results write it: "won the 1,600 in
/// 4:21.36" -> "the sixteen hundred", "the 3,200 title" -> "the thirty-two hundred". The metric and imperial miles and
/// the two-mile race are said in hundreds by everyone who runs them; the sprints ("the 400") are hundreds already, and
/// the long races ("the 5,000") keep their thousands. Only after "the", and only where a race verb comes before it or a
/// race's time, title or final after it: "the 1,600 in the budget" is money's or a count's.
/// </summary>
internal sealed class TrackDistancePass(INumberWords numbers) : TokenPass
{
    public override string Name => "cardinal";

    /// <summary>The races in meters said in hundreds: the metric mile, the mile's 1600 and the two mile's 3200.</summary>
    private static readonly HashSet<int> HundredsRaces = [1500, 1600, 3200];

    private static readonly HashSet<string> RaceVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "won", "win", "wins", "winning", "ran", "run", "runs", "running", "took", "take", "takes", "captured", "claimed", "swept", "clocked", "placed",
    };

    /// <summary>Words after the distance that make it a race: "the 1,600 title", "the 3,200 final".</summary>
    private static readonly HashSet<string> RaceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "titles", "final", "finals", "race", "crown", "championship", "record", "run",
    };

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Number } distance || distance.Text.Replace(",", "", StringComparison.Ordinal) is not { Length: 4 } digits
            || distance.Text.Length == 5 && distance.Text[1] != ',' || !NumberText.IsPlain(digits)
            || !HundredsRaces.Contains(int.Parse(digits, CultureInfo.InvariantCulture))
            || At(tokens, index - 1) is not { Kind: TokenKind.Word, Text: "the" or "The" }
            || !(At(tokens, index - 2) is { Kind: TokenKind.Word } verb && RaceVerbs.Contains(verb.Text) || RaceAfter(tokens, index)))
        {
            return 0;
        }
        var value = int.Parse(digits, CultureInfo.InvariantCulture);
        replacement = Spoken(tokens, index, 1, $"{numbers.Cardinal(value / 100)} hundred");
        return 1;
    }

    /// <summary>"the 1,600 in 4:21.36", "the 3,200 title": a race's time, title or final after the distance.</summary>
    private static bool RaceAfter(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index + 1) is { Kind: TokenKind.Word } noun && RaceNouns.Contains(noun.Text)
        || At(tokens, index + 1) is { Kind: TokenKind.Word, Text: "in" } && At(tokens, index + 2) is { Kind: TokenKind.Number }
            && At(tokens, index + 3) is { Kind: TokenKind.Punctuation, Text: ":", SpaceBefore: false } && At(tokens, index + 4) is { Kind: TokenKind.Number, SpaceBefore: false };
}
