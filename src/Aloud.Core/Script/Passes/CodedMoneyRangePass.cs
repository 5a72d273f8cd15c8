using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A range after one currency code: "Rs 1,800-2,400/qtl" -> "one thousand eight hundred to two thousand four hundred
/// rupees per quintal", "Rs 3.6-4.2 lakh" -> "three point six to four point two lakh rupees". The currency is named
/// once, after the range and its scale, as a newsreader says it; a scale after the second figure counts both ends.
/// </summary>
internal sealed class CodedMoneyRangePass(INumberWords numbers) : TokenPass
{
    private static readonly HashSet<string> ScaleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores", "bn", "m", "mn",
    };

    public override string Name => "money";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        // "₹6-8 lakh": a sign glued to the range names the currency as a code does, but only a scale word after it makes
        // the whole range one amount (the money pass reads "$5-$8" end by end).
        var signed = tokens[index] is { Kind: TokenKind.Punctuation or TokenKind.Symbol } && MoneyPass.SignNames(tokens[index].Text) is not null
            && At(tokens, index + 1) is { SpaceBefore: false };
        var names = signed ? MoneyPass.SignNames(tokens[index].Text) : tokens[index] is { Kind: TokenKind.Word } code ? MoneyPass.CodeNames(code.Text) : null;
        if (names is not var (_, many))
        {
            return 0;
        }
        var k = index + 1;
        if (At(tokens, k) is { Text: ".", SpaceBefore: false })
        {
            k++;
        }
        if (At(tokens, k) is not { Kind: TokenKind.Number } lowToken || !TryAmount(lowToken.Text, out var low)
            || At(tokens, k + 1) is not { Text: "-" or "\u2013", SpaceBefore: false }
            || At(tokens, k + 2) is not { Kind: TokenKind.Number, SpaceBefore: false } highToken || !TryAmount(highToken.Text, out var high) || high <= low)
        {
            return 0;
        }
        var end = k + 3;
        var scale = "";
        if (At(tokens, end) is { Kind: TokenKind.Word, SpaceBefore: true } scaleWord && ScaleWords.Contains(scaleWord.Text))
        {
            scale = " " + (scaleWord.Text.ToLowerInvariant() switch { "bn" => "billion", "m" or "mn" => "million", "lakhs" => "lakh", "crores" => "crore", var w => w });
            end++;
        }
        else if (signed)
        {
            return 0;
        }
        else if (!NumberText.IsPlain(lowToken.Text.Replace(",", "", StringComparison.Ordinal)) || !NumberText.IsPlain(highToken.Text.Replace(",", "", StringComparison.Ordinal)))
        {
            // "Rs 3.60-4.20" with no scale is rupees and paise: the money pass reads each end.
            return 0;
        }
        var per = "";
        if (At(tokens, end) is { Text: "/", SpaceBefore: false } && At(tokens, end + 1) is { Kind: TokenKind.Word, SpaceBefore: false } unit
            && Units.ReadPer(unit.Text) is { } perUnit)
        {
            per = " per " + perUnit;
            end += 2;
        }
        replacement = Spoken(tokens, index, end - index, $"{Read(lowToken.Text)} to {Read(highToken.Text)}{scale} {many}{per}");
        return end - index;
    }

    private static bool TryAmount(string text, out decimal value)
    {
        value = 0;
        return text.All(c => char.IsAsciiDigit(c) || c is ',' or '.') && text.Count(c => c == '.') <= 1
            && decimal.TryParse(text, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private string Read(string text)
    {
        var plain = text.Replace(",", "", StringComparison.Ordinal);
        var point = plain.IndexOf('.');
        return point < 0
            ? numbers.Cardinal(long.Parse(plain, CultureInfo.InvariantCulture))
            : $"{numbers.Cardinal(long.Parse(plain[..point], CultureInfo.InvariantCulture))} point {numbers.Digits(plain[(point + 1)..])}";
    }
}
