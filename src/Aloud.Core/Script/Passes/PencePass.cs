using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// British prices in pence, glued to the number as copy writes them: "jumped 18p to 342p" -> "eighteen pence to three
/// hundred forty-two pence", "a 20p coin", "12.5p a litre". The video resolutions that share the shape ("720p", "1080p")
/// are a closed set of screen standards, said in pairs: "ten eighty p".
/// </summary>
internal sealed class PencePass(INumberWords numbers) : TokenPass
{
    /// <summary>Video line counts written with a "p" (progressive scan): these are never prices.</summary>
    private static readonly HashSet<string> Resolutions = new(StringComparer.Ordinal) { "144", "240", "360", "480", "540", "576", "720", "1080", "1440", "2160", "4320" };

    public override string Name => "money";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (Cents(tokens, index) is ({ } centWords, var centTokens))
        {
            replacement = Spoken(tokens, index, centTokens, centWords);
            return centTokens;
        }
        if (tokens[index] is not { Kind: TokenKind.Number } number || NumberText.Split(number.Text) is not (var digits, "p"))
        {
            return 0;
        }
        if (Resolutions.Contains(digits))
        {
            // "1080p", "720p": a screen's line count is said in pairs, as the standard is named ("ten eighty p").
            replacement = Spoken(tokens, index, 1, $"{NumberText.Pairs(numbers, digits)} p");
            return 1;
        }
        if (digits.Split('.')[0].Length is 0 or > 4 || DecimalWords.TryRead(numbers, digits) is not { } amount
            // "7p.m." is a time, whatever its spacing; "3p-4p" ranges are read end by end.
            || At(tokens, index + 1) is { Text: "." } && At(tokens, index + 2) is { Kind: TokenKind.Word, Text: "m" })
        {
            return 0;
        }
        // "lambs averaged 318p/kg": a price in pence quoted per unit.
        var rate = PriceRate.Read(tokens, index + 1, out var rateTokens);
        var pence = $"{amount} {(digits == "1" ? "penny" : "pence")}";
        replacement = Spoken(tokens, index, 1 + rateTokens, rate is null ? pence : $"{pence} {rate}");
        return 1 + rateTokens;
    }

    /// <summary>
    /// A currency's cents glued to the number, as Australian and New Zealand markets copy quotes its dollar ("fell to
    /// 64.5c", "bought US58.2c"): only beside a word about a dollar or cents, since a glued "c" is also Celsius and a
    /// grade. With "US" glued before it, the cents are American. Null when the shape is anything else.
    /// </summary>
    private (string? Words, int Used) Cents(IReadOnlyList<Token> tokens, int index)
    {
        // "US58.2c" is one word to the tokenizer: the letters run on into the digits.
        var american = tokens[index] is { Kind: TokenKind.Word, Text: ['U', 'S', >= '0' and <= '9', ..] };
        var written = american ? tokens[index].Text[2..] : tokens[index] is { Kind: TokenKind.Number } number ? number.Text : "";
        var at = index;
        if (NumberText.Split(written) is not (var digits, "c") || !NumberText.IsPlain(digits.Replace(".", "", StringComparison.Ordinal))
            || digits.Split('.')[0].Length is 0 or > 3 || DecimalWords.TryRead(numbers, digits) is not { } amount
            || !(american || NearbyWords.Any(tokens, at, CurrencyWords))
            // "9.6c/kWh": a rate, read whole by the rate reading.
            || At(tokens, at + 1) is { Text: "/", SpaceBefore: false })
        {
            return (null, 0);
        }
        var unit = digits == "1" ? "cent" : "cents";
        return ($"{amount} {(american ? "U S " : "")}{unit}", 1);
    }

    private static readonly HashSet<string> CurrencyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "dollar", "dollars", "Aussie", "kiwi", "loonie", "cents", "currency", "$", "A$", "NZ$", "US$",
        // "raise adult fares by 6.5c", "petrol rose 3.9c a litre": what a price in cents is of.
        "fare", "fares", "price", "prices", "petrol", "diesel", "litre", "liter",
    };
}
