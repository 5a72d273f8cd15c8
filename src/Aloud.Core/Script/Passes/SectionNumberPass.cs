using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A code section with lettered subsections glued on, as retirement plans and tax-exempt bodies are named:
/// "401(k)" -> "four oh one k", "403(b)" -> "four oh three b", "501(c)(3)" -> "five oh one c three". Each part is
/// a label, read the way a newsreader says it, never "four hundred one".
/// </summary>
internal sealed class SectionNumberPass(INumberWords numbers) : TokenPass
{
    public override string Name => "section";

    private const int MaxSubsections = 4;

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var number = tokens[index];
        if (DashedSection(tokens, index) is { } dashed)
        {
            replacement = Spoken(tokens, index, 3, dashed);
            return 3;
        }
        if (number.Kind != TokenKind.Number || !NumberText.IsPlain(number.Text) || number.Text.Length is < 2 or > 4)
        {
            return 0;
        }
        var words = new List<string> { Label(number.Text) };
        var i = index + 1;
        while (words.Count <= MaxSubsections
            && At(tokens, i) is { Text: "(", SpaceBefore: false }
            && At(tokens, i + 1) is { Kind: TokenKind.Word or TokenKind.Number, SpaceBefore: false } part
            && part.Text.Length <= 3 && part.Text.All(char.IsAsciiLetterOrDigit)
            && At(tokens, i + 2) is { Text: ")", SpaceBefore: false })
        {
            // The first subsection must be a letter ("401(k)"); a number in brackets after a number is a count.
            if (words.Count == 1 && !part.Text.All(char.IsAsciiLetter))
            {
                return 0;
            }
            words.Add(part.Text.All(char.IsAsciiDigit) ? numbers.Cardinal(long.Parse(part.Text, System.Globalization.CultureInfo.InvariantCulture)) : part.Text.ToLowerInvariant());
            i += 3;
        }
        if (words.Count == 1)
        {
            return 0;
        }
        replacement = Spoken(tokens, index, i - index, string.Join(' ', words));
        return i - index;
    }

    /// <summary>
    /// "Sec. 9-112", "Section 4-301": after one section's label a chapter and a section joined by a dash are one number,
    /// said part by part ("nine one twelve"), never a span; only where the second part is longer than the first, as a
    /// span of sections ("Sections 4-7") never is.
    /// </summary>
    private string? DashedSection(IReadOnlyList<Token> tokens, int index)
    {
        var label = At(tokens, index - 1) is { Text: "." } ? At(tokens, index - 2) : At(tokens, index - 1);
        if (label is not { Text: "Section" or "section" or "Sec" or "sec" or "Sect" or "\u00A7" }
            || tokens[index] is not { Kind: TokenKind.Number, Text.Length: 1 or 2 } chapter || !NumberText.IsPlain(chapter.Text)
            || At(tokens, index + 1) is not { Text: "-", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Number, SpaceBefore: false } section || !NumberText.IsPlain(section.Text)
            || section.Text.Length is < 3 or > 4 || section.Text.Length <= chapter.Text.Length
            || At(tokens, index + 3) is { Text: "-" or "/" or "(", SpaceBefore: false })
        {
            return null;
        }
        return $"{numbers.Cardinal(long.Parse(chapter.Text, System.Globalization.CultureInfo.InvariantCulture))} {Label(section.Text)}";
    }

    /// <summary>"401" -> "four oh one", "527" -> "five twenty-seven", "1031" -> "ten thirty-one".</summary>
    private string Label(string digits)
    {
        var head = digits.Length == 4 ? digits[..2] : digits[..1];
        if (digits.Length == 2)
        {
            return numbers.Cardinal(long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture));
        }
        var rest = digits[head.Length..];
        var headWords = numbers.Cardinal(long.Parse(head, System.Globalization.CultureInfo.InvariantCulture));
        var restValue = long.Parse(rest, System.Globalization.CultureInfo.InvariantCulture);
        var restWords = rest[0] == '0' ? (restValue == 0 ? "hundred" : "oh " + numbers.Cardinal(restValue)) : numbers.Cardinal(restValue);
        return $"{headWords} {restWords}";
    }
}
