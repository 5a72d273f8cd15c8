using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A decade joined to a prefix in one word: "mid-1980s" -> "mid nineteen eighties", "late-90s" -> "late nineties",
/// "pre-2000s" -> "pre two thousands", and a year: "mid-2023" -> "mid twenty twenty-three". The tokenizer keeps such a
/// word whole, so the decade and year passes never see it.
/// </summary>
internal sealed class PrefixedDecadePass(INumberWords numbers) : TokenPass
{
    private static readonly string[] Prefixes = ["mid-", "early-", "late-", "pre-", "post-", "end-"];

    public override string Name => "decade";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var token = tokens[index];
        if (token.Kind != TokenKind.Word || Array.Find(Prefixes, p => token.Text.StartsWith(p, StringComparison.OrdinalIgnoreCase)) is not { } prefix)
        {
            return 0;
        }
        var decade = token.Text[prefix.Length..];
        if (decade.Length == 4 && NumberText.IsPlain(decade) && decade[0] is '1' or '2')
        {
            // "mid-2023" -> "mid twenty twenty-three": a year after the prefix.
            var yearWords = numbers.Year(int.Parse(decade, CultureInfo.InvariantCulture));
            // "by end-2027": the end of the year, as it is said.
            replacement = Spoken(tokens, index, 1, prefix == "end-" ? $"the end of {yearWords}" : $"{token.Text[..(prefix.Length - 1)]} {yearWords}");
            return 1;
        }
        if (decade.Length is >= 3 and <= 4 && decade[..^2].All(char.IsAsciiDigit) && decade[..^2].Length is 1 or 2 && decade[0] != '0'
            && decade[^2..] is "th" or "st" or "nd" or "rd" && OrdinalPass.AgreesWith(int.Parse(decade[..^2], CultureInfo.InvariantCulture), decade[^2..]))
        {
            // "mid-19th century", "late-20th": an ordinal after the prefix.
            replacement = Spoken(tokens, index, 1, $"{token.Text[..(prefix.Length - 1)]} {numbers.Ordinal(int.Parse(decade[..^2], CultureInfo.InvariantCulture))}");
            return 1;
        }
        if (Abbreviations.Months.TryGetValue(decade, out var month) && decade.Length <= 4 && At(tokens, index + 1) is { Text: ".", SpaceBefore: false })
        {
            // "since mid-Sept.": an abbreviated month after the prefix, its period read with it.
            replacement = Spoken(tokens, index, 2, $"{token.Text[..(prefix.Length - 1)]} {month}");
            return 2;
        }
        if (decade.Length is not (3 or 5) || decade[^1] != 's' || decade[^2] != '0' || !NumberText.IsPlain(decade[..^1]))
        {
            return 0;
        }
        var value = int.Parse(decade[..^1], CultureInfo.InvariantCulture);
        var words = decade.Length == 3 ? numbers.Cardinal(value) : numbers.Year(value);
        var plural = words.EndsWith('y') ? words[..^1] + "ies" : words + "s";
        replacement = Spoken(tokens, index, 1, $"{token.Text[..(prefix.Length - 1)]} {plural}");
        return 1;
    }
}
