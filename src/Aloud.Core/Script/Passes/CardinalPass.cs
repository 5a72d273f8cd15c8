using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Every number left after the specific passes: "1,500" -> "one thousand five hundred", "3.14" -> "three point
/// one four", "007" and very long runs digit by digit, "5K" -> "five K". The last digits of a card or an account
/// ("a card ending in 4417") are read digit by digit too.
/// </summary>
internal sealed class CardinalPass(INumberWords numbers) : TokenPass
{
    public override string Name => "cardinal";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var token = tokens[index];
        if (token.Kind != TokenKind.Number)
        {
            return 0;
        }
        var (digits, suffix) = NumberText.Split(token.Text);
        if (suffix.Length == 0 && digits.Split('.') is { Length: 3 } version && version.All(p => p.Length is >= 1 and <= 3 && NumberText.IsPlain(p)))
        {
            // "iOS 17.4.1", "version 4.2.1": a version number, part by part ("seventeen point four point one").
            replacement = Spoken(tokens, index, 1, string.Join(" point ", version.Select(p => p.Length > 1 && p[0] == '0' ? numbers.Digits(p) : numbers.Cardinal(int.Parse(p, System.Globalization.CultureInfo.InvariantCulture)))));
            return 1;
        }
        var words = (suffix.Length == 0 && EndingDigits(tokens, index, digits) ? null : DecimalWords.TryRead(numbers, digits))
            ?? NumberText.DigitByDigit(numbers, digits);
        if (suffix == "ers" && NumberText.IsPlain(digits))
        {
            // "49ers", "76ers": the number and the ending are one word ("forty-niners").
            words += words.EndsWith('e') ? "rs" : "ers";
        }
        else if (suffix is "K" or "k" && IsThousands(tokens, index, digits))
        {
            // "Job Growth Slows to 150K", "1.5k followers": K after a count is thousand.
            words += " thousand";
        }
        else if (suffix == "s" && NumberText.IsPlain(digits) && digits.Length <= 4)
        {
            // "hit nine 180s", "two 747s": a number counted as a thing takes the plural on its last word (decades are
            // read earlier by the decade pass).
            var last = words.LastIndexOf(' ') + 1;
            var lastWord = words[last..];
            words = words[..last] + (lastWord.EndsWith('y') ? lastWord[..^1] + "ies" : lastWord.EndsWith('x') ? lastWord + "es" : lastWord + "s");
        }
        else if (suffix.Length > 0)
        {
            words += " " + (suffix.Length <= 3 && suffix.All(char.IsUpper) ? string.Join(' ', suffix.ToCharArray()) : suffix);
        }
        replacement = Spoken(tokens, index, 1, words);
        return 1;
    }

    /// <summary>
    /// Whether "K" after <paramref name="digits"/> is a thousand: a decimal ("1.5K") or a whole number of two or more
    /// digits, except a race ("a 10K run") or a screen ("16K video"); "4K" and "5K" stay letters.
    /// </summary>
    private static bool IsThousands(IReadOnlyList<Token> tokens, int index, string digits)
    {
        if (digits.Length < 2 || At(tokens, index + 1) is { Kind: TokenKind.Word } next
            && next.Text.ToLowerInvariant() is "race" or "races" or "run" or "runs" or "walk" or "fun" or "run/walk" or "video" or "display" or "screen" or "resolution" or "tv" or "monitor")
        {
            return false;
        }
        if (At(tokens, index - 1) is { Kind: TokenKind.Word } named && index > 1 && char.IsUpper(named.Text[0]) && named.Text.Skip(1).All(char.IsLower) && digits.Length <= 2
            && !Abbreviations.Months.ContainsKey(named.Text))
        {
            // "the Hexley 10K", "the Bay 10K drew 4,000 runners": after a place's name it names the race.
            return false;
        }
        if (At(tokens, index - 1) is { Kind: TokenKind.Word } determiner && Determiners.Words.Contains(determiner.Text) && digits.Length <= 2)
        {
            // "ran a 10K", "a 10K course": right after a determiner it names the race, not a count; no race runs a
            // hundred kilometres, so "the 140K economists had forecast" counts.
            return false;
        }
        return digits.Contains('.') || NumberText.IsPlain(digits);
    }

    /// <summary>
    /// "ending in 8876", "ends with 0412", "VINs ending 40117 through 40988": a short plain run after those words names
    /// digits, not a quantity, and so does the other end of a span of them.
    /// </summary>
    internal static bool EndingDigits(IReadOnlyList<Token> tokens, int index, string digits) =>
        NumberText.IsPlain(digits) && digits.Length is >= 2 and <= 6
        && (AfterEndingWord(tokens, index)
            || At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "through" or "to" or "and" or "or" } && At(tokens, index - 2) is { Kind: TokenKind.Spoken or TokenKind.Number } first
                && first.Text.Length is >= 2 and <= 6 && NumberText.IsPlain(first.Text) && AfterEndingWord(tokens, index - 2));

    private static bool AfterEndingWord(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "in" or "with" } && At(tokens, index - 2) is { Kind: TokenKind.Word } verb && verb.Text.ToLowerInvariant() is "ending" or "ends" or "ended"
        || At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "ending" };
}
