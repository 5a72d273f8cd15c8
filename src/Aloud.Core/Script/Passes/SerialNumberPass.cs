using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A reference number of three or more digit groups joined by slashes, one of them five digits or longer
/// ("123/261788/2021"): no date or fraction has that shape. Long groups are read digit by digit, short ones as
/// numbers, with "slash" between them, so no group runs into the next as one big number.
/// </summary>
internal sealed class SerialNumberPass(INumberWords numbers) : TokenPass
{
    private const int MaxGroups = 8;

    public override string Name => "serial";

    /// <summary>
    /// A plain number of four or more digits right after "serial", "serial number(s)" or "serial no.", or the second
    /// of two such joined by "to", "and", "through" or a dash ("serial numbers 44170 to 44320").
    /// </summary>
    private static bool IsNamedSerial(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Number } number || number.Text.Length < 4 || !NumberText.IsPlain(number.Text)
            // "serial 4471-A-09" goes on as a code, which the code pass reads whole.
            || At(tokens, index + 1) is { SpaceBefore: false } glued && glued.Text is not ("." or "," or ";" or ":" or ")"))
        {
            return false;
        }
        if (SerialWordsEndAt(tokens, index - 1))
        {
            return true;
        }
        return (At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "to" or "and" or "through" } || NumericClasses.IsDash(At(tokens, index - 1)))
            && At(tokens, index - 2) is { Kind: TokenKind.Number } first && first.Text.Length >= 4 && NumberText.IsPlain(first.Text)
            && SerialWordsEndAt(tokens, index - 3);
    }

    /// <summary>
    /// Whether "serial", "serial number(s)" or "serial no." (with its period) ends at token <paramref name="at"/>, or a
    /// label that names a code of digits: "ZIP code(s)", "ZIP", a ship's "IMO" or "MMSI" number.
    /// </summary>
    private static bool SerialWordsEndAt(IReadOnlyList<Token> tokens, int at)
    {
        // "MLS® 24071156", "MLS# 40512": a property listing's number, with the service's mark or sign between.
        var listing = At(tokens, at) is { Kind: TokenKind.Symbol or TokenKind.Punctuation, Text: "®" or "#" or ":" } ? at - 1 : at;
        if (At(tokens, listing) is { Kind: TokenKind.Word, Text: "MLS" })
        {
            return true;
        }
        if (At(tokens, at) is { Kind: TokenKind.Word, Text: "IMO" or "MMSI" or "ZIP" or "Zip" }
            || At(tokens, at) is { Kind: TokenKind.Word, Text: "code" or "codes" } && At(tokens, at - 1) is { Kind: TokenKind.Word, Text: "ZIP" or "Zip" or "zip" or "postal" or "PIN" })
        {
            return true;
        }
        var k = at;
        if (At(tokens, k) is { Kind: TokenKind.Punctuation, Text: "." } && At(tokens, k - 1) is { Kind: TokenKind.Word } no && no.Text.ToLowerInvariant() is "no" or "nos")
        {
            k -= 2;
        }
        else if (At(tokens, k) is { Kind: TokenKind.Word } noun && noun.Text.ToLowerInvariant() is "number" or "numbers")
        {
            k--;
        }
        return At(tokens, k) is { Kind: TokenKind.Word } serial && serial.Text.ToLowerInvariant() is "serial" or "serials";
    }

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is { Kind: TokenKind.Number, Text.Length: 5 } zip && NumberText.IsPlain(zip.Text)
            && At(tokens, index + 1) is { Kind: TokenKind.Word, SpaceBefore: true } named && named.Text is "ZIP" or "Zip" or "zip" or "postcode" or "postal")
        {
            // "the 94612 ZIP code": a code the copy names as one is said digit by digit, never as a quantity.
            replacement = Spoken(tokens, index, 1, NumberText.DigitByDigit(numbers, zip.Text));
            return 1;
        }
        if (tokens[index] is { Kind: TokenKind.Number } lot && NumberText.Split(lot.Text) is ({ Length: >= 4 and <= 8 } lotDigits, [var letter])
            && char.IsAsciiLetterUpper(letter) && NumberText.IsPlain(lotDigits) && At(tokens, index - 1) is not { Kind: TokenKind.Symbol }
            && At(tokens, index + 1) is not { Kind: TokenKind.Word, SpaceBefore: false })
        {
            // "lot codes 24017A and 24017B": four or more digits and one capital are a code; no amount is written
            // "24017B" for billions (that is "$24bn" or "24,017 billion").
            replacement = Spoken(tokens, index, 1, $"{NumberText.DigitByDigit(numbers, lotDigits)} {letter}");
            return 1;
        }
        if (IsNamedSerial(tokens, index))
        {
            // "serial numbers 44170 to 44320": a number the copy calls a serial is an identifier, read digit by digit.
            replacement = Spoken(tokens, index, 1, NumberText.DigitByDigit(numbers, tokens[index].Text));
            return 1;
        }
        if (IsGluedCodeGroup(tokens, index))
        {
            replacement = Spoken(tokens, index, 1, NumberText.DigitByDigit(numbers, tokens[index].Text));
            return 1;
        }
        var groups = new List<string>();
        var i = index;
        while (groups.Count < MaxGroups && At(tokens, i) is { Kind: TokenKind.Number } group && NumberText.IsPlain(group.Text)
            && (i == index || !group.SpaceBefore))
        {
            groups.Add(group.Text);
            i++;
            if (At(tokens, i) is not { Text: "/", SpaceBefore: false } || At(tokens, i + 1) is not { Kind: TokenKind.Number, SpaceBefore: false })
            {
                break;
            }
            i++;
        }
        if (groups.Count < 3 || !groups.Any(g => g.Length >= 5) || At(tokens, i) is { Text: "/", SpaceBefore: false })
        {
            return 0;
        }
        var words = groups.Select(g => g.Length >= 5 || g[0] == '0'
            ? NumberText.DigitByDigit(numbers, g)
            : numbers.Cardinal(long.Parse(g, System.Globalization.CultureInfo.InvariantCulture)));
        replacement = Spoken(tokens, index, i - index, string.Join(" slash ", words));
        return i - index;
    }

    /// <summary>
    /// A run of five or more digits inside a code glued together with slashes ("MIG-25/235212-asdg",
    /// "AB/123456"): a part number, read digit by digit rather than as "two hundred thirty-five thousand...".
    /// </summary>
    private static bool IsGluedCodeGroup(IReadOnlyList<Token> tokens, int index)
    {
        var token = tokens[index];
        if (token.Kind != TokenKind.Number || token.Text.Length < 5 || !NumberText.IsPlain(token.Text))
        {
            return false;
        }
        var slashBefore = !token.SpaceBefore && At(tokens, index - 1) is { Text: "/", SpaceBefore: false }
            && At(tokens, index - 2) is { Kind: TokenKind.Word or TokenKind.Number };
        var slashAfter = At(tokens, index + 1) is { Text: "/", SpaceBefore: false }
            && At(tokens, index + 2) is { Kind: TokenKind.Word or TokenKind.Number, SpaceBefore: false };
        // A code-like word on the slash's far side (capitals or digits: "MIG-25") makes it a code; "10000/year" is a
        // rate, and digit groups alone are left to the reference-number rule.
        return (slashBefore && IsCodeWord(At(tokens, index - 2))) || (slashAfter && IsCodeWord(At(tokens, index + 2)));
    }

    private static bool IsCodeWord(Token? token) =>
        token is { Kind: TokenKind.Word } word && word.Text.Any(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));
}
