using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Horse racing's copy, found by the words only racing uses: there a bracketed pair after a horse's name is its odds
/// ("Midnight Harbour (7-2)": "seven to two", not a win-loss record), and a race is named by its start time with a
/// dot ("won the 3.10 at Cheltenham": "the three ten").
/// </summary>
internal static class RaceMeeting
{
    private static readonly HashSet<string> RacingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "lengths", "furlong", "furlongs", "jockey", "jockeys", "trainer", "favourite", "favorite", "handicap", "racecourse", "odds",
        "each-way", "steeplechase", "odds-on", "racing", "stakes", "hurdle",
    };

    public static bool TalksRacing(IReadOnlyList<Token> tokens, int index) => NearbyWords.Any(tokens, index, RacingWords);

    /// <summary>
    /// "the 3.10 at Cheltenham" -> "three ten": a dotted hour and minutes after "the" and before "at" and a course's
    /// name, in a sentence about racing. Null otherwise.
    /// </summary>
    public static string? RaceByTime(INumberWords numbers, IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Number } time || time.Text.Split('.') is not [{ Length: 1 or 2 } hour, { Length: 2 } minutes]
            || !NumberText.IsPlain(hour) || !NumberText.IsPlain(minutes)
            || TokenPass.At(tokens, index - 1) is not { Kind: TokenKind.Word, Text: "the" or "The" }
            || TokenPass.At(tokens, index + 1) is not { Kind: TokenKind.Word, Text: "at" }
            || TokenPass.At(tokens, index + 2) is not { Kind: TokenKind.Word } course || !char.IsUpper(course.Text[0])
            || !TalksRacing(tokens, index))
        {
            return null;
        }
        var h = int.Parse(hour, CultureInfo.InvariantCulture);
        var m = int.Parse(minutes, CultureInfo.InvariantCulture);
        if (h is < 1 or > 12 || m > 59)
        {
            return null;
        }
        return m == 0 ? $"{numbers.Cardinal(h)} o'clock" : m < 10 ? $"{numbers.Cardinal(h)} oh {numbers.Cardinal(m)}" : $"{numbers.Cardinal(h)} {numbers.Cardinal(m)}";
    }
}
