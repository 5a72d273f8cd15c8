using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A court, file or permit reference of three or more parts joined by slashes, "FHC/ABJ/CR/512/2025": each part said
/// as written (capitals letter by letter, a year as a year, other numbers digit by digit) with "slash" between, as a
/// clerk reads a case number out. Only codes with both a part of capitals and a part of digits, so dates ("12/05/2026")
/// and word lists ("and/or") are left to their own passes; and a police, court or file reference of slashed numbers after
/// its label ("quoting reference 4471/23": "four four seven one slash two three"; "record no. 2025/118": "twenty twenty-five
/// slash one one eight").
/// </summary>
internal sealed class SlashCodePass(INumberWords numbers) : TokenPass
{
    private const int MaxParts = 8;

    public override string Name => "serial";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (index > 0 && At(tokens, index - 1) is { Text: "/", SpaceBefore: false })
        {
            return 0;
        }
        if (DashedQuotedReference(tokens, index) is { } dashed)
        {
            replacement = Spoken(tokens, index, 3, dashed);
            return 3;
        }
        var parts = new List<Token>();
        // "AMC/ENG/2026-27/118": a part may be a financial year, a year and the next one's last two digits after a hyphen.
        var yearSpans = new Dictionary<int, Token>();
        var k = index;
        var last = index;
        while (parts.Count < MaxParts && At(tokens, k) is { } part && (parts.Count == 0 || !part.SpaceBefore) && IsPart(part))
        {
            parts.Add(part);
            if (parts.Count > 1 && FollowingYear(tokens, k) is { } nextYear)
            {
                yearSpans[parts.Count - 1] = nextYear;
                k += 2;
            }
            last = k;
            if (At(tokens, k + 1) is not { Text: "/", SpaceBefore: false } || At(tokens, k + 2) is not { SpaceBefore: false })
            {
                break;
            }
            k += 2;
        }
        // "quoting crime reference 4471/23", "ref. 25/60412", "record no. 2025/118", "file number 241019/8832": slashed
        // numbers after a reference label are a police, court or file reference, never a fraction or a date.
        // Three or more groups with one of five digits or more are the serial-number pass's to read.
        var quotedReference = parts.Count >= 2 && parts.All(p => p.Kind == TokenKind.Number) && parts.Sum(p => p.Text.Length) >= 5
            && (parts.Count == 2 || parts.All(p => p.Text.Length < 5)) && (ReferenceLabelBefore(tokens, index) || YearAndSerial(parts));
        var count = last + 1 - index;
        if (!quotedReference && !LetteredSerialAndYear(parts) && (parts.Count < 3 || !parts.Any(p => p.Kind == TokenKind.Word) || !parts.Any(p => p.Kind == TokenKind.Number))
            || At(tokens, index + count) is { SpaceBefore: false, Kind: TokenKind.Word or TokenKind.Number }
            || yearSpans.Count > 0 && (quotedReference || !parts.Any(p => p.Kind == TokenKind.Word)))
        {
            return 0;
        }
        var spoken = parts.Select((p, i) => yearSpans.TryGetValue(i, out var nextYear) ? $"{Read(p)} {numbers.Cardinal(int.Parse(nextYear.Text, CultureInfo.InvariantCulture))}" : Read(p));
        replacement = Spoken(tokens, index, count, string.Join(" slash ", spoken));
        return count;
    }

    /// <summary>
    /// The "-27" of "2026-27" after the part at <paramref name="k"/>: a financial or school year written as a year and the
    /// next one's last two digits, said side by side ("twenty twenty-six twenty-seven"). Null when the part is no such year.
    /// </summary>
    private static Token? FollowingYear(IReadOnlyList<Token> tokens, int k) =>
        tokens[k] is { Kind: TokenKind.Number, Text: ['1' or '2', '9' or '0', _, _] year } && NumberText.IsPlain(year)
        && At(tokens, k + 1) is { Text: "-", SpaceBefore: false }
        && At(tokens, k + 2) is { Kind: TokenKind.Number, Text.Length: 2, SpaceBefore: false } next && NumberText.IsPlain(next.Text)
        && int.Parse(next.Text, CultureInfo.InvariantCulture) == (int.Parse(year, CultureInfo.InvariantCulture) + 1) % 100
            ? next
            : null;

    private static readonly HashSet<string> ReferenceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "reference", "ref", "quoting", "quote", "log", "incident", "file", "record", "case", "application", "permit", "claim", "docket",
        // "No." and "number": what follows is the thing's number, so a slash in it joins parts, never a numerator to a denominator.
        "no", "number", "nos",
    };

    /// <summary>Labels a caller reads a reference out after: "quoting ref 26-8812", "reference 4471-23".</summary>
    private static readonly HashSet<string> QuotedReferenceWords = new(StringComparer.OrdinalIgnoreCase) { "reference", "ref" };

    /// <summary>
    /// "quoting ref 26-8812": two groups of digits joined by a hyphen after a reference label are one reference, read
    /// as printed with "dash" between ("two six dash eight eight one two"), never a span from 26 to 8,812.
    /// </summary>
    private string? DashedQuotedReference(IReadOnlyList<Token> tokens, int index)
    {
        var before = At(tokens, index - 1) is { Text: "." } ? At(tokens, index - 2) : At(tokens, index - 1);
        if (before is not { Kind: TokenKind.Word } label || !QuotedReferenceWords.Contains(label.Text)
            || tokens[index] is not { Kind: TokenKind.Number } first || !NumberText.IsPlain(first.Text)
            || At(tokens, index + 1) is not { Text: "-", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Number, SpaceBefore: false } second || !NumberText.IsPlain(second.Text)
            || first.Text.Length + second.Text.Length < 5 || first.Text.Length > 8 || second.Text.Length > 8
            // "the reference period 1991-2020", "reference 2025-26": a span of years stays a span.
            || IsYear(first.Text) && (IsYear(second.Text) || second.Text.Length <= 2)
            || At(tokens, index + 3) is { SpaceBefore: false, Kind: TokenKind.Word or TokenKind.Number } or { Text: "-" or "/", SpaceBefore: false })
        {
            return null;
        }
        return $"{Read(first)} dash {Read(second)}";
    }

    private static bool IsYear(string digits) => digits is ['1' or '2', '9' or '0', _, _];

    /// <summary>
    /// "DA 2025/118", "application 2024/0771": a year and a serial of three or more digits is a file's number whatever
    /// labels it; no fraction has a year over a serial, and a two-digit tail ("2025/26") is a span of years.
    /// </summary>
    private static bool YearAndSerial(List<Token> parts) =>
        parts is [{ Text: ['1' or '2', '9' or '0', _, _] year }, { Text.Length: >= 3 and <= 6 }] && NumberText.IsPlain(year);

    /// <summary>
    /// "T18734/2016", "CA4127/2025": a serial of four or more digits with its letter prefix, then the year it was registered, as deeds, case
    /// files and permits are numbered; the slash is said, so the year is not heard as a second serial.
    /// </summary>
    private static bool LetteredSerialAndYear(List<Token> parts) =>
        parts is [{ Kind: TokenKind.Word } serial, { Kind: TokenKind.Number, Text: ['1' or '2', '9' or '0', _, _] year }] && NumberText.IsPlain(year)
        && serial.Text.TakeWhile(char.IsAsciiLetterUpper).Count() is >= 1 and <= 3 && serial.Text.SkipWhile(char.IsAsciiLetterUpper) is var digits
        && digits.Count() >= 4 && digits.All(char.IsAsciiDigit);

    /// <summary>Whether a reference label stands right before <paramref name="index"/>, past its abbreviation's stop ("ref. 25/60412").</summary>
    private static bool ReferenceLabelBefore(IReadOnlyList<Token> tokens, int index)
    {
        var before = At(tokens, index - 1) is { Text: "." } ? At(tokens, index - 2) : At(tokens, index - 1);
        return before is { Kind: TokenKind.Word } label && ReferenceWords.Contains(label.Text);
    }

    private static bool IsPart(Token token) =>
        token.Kind == TokenKind.Number && NumberText.IsPlain(token.Text) && token.Text.Length <= 8
        || token.Kind == TokenKind.Word && token.Text.Length <= 8 && token.Text.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)) && char.IsAsciiLetterUpper(token.Text[0]);

    private string Read(Token part)
    {
        if (part.Kind == TokenKind.Number)
        {
            return part.Text.Length == 4 && part.Text[0] is '1' or '2' && part.Text[1] is '9' or '0'
                ? numbers.Year(int.Parse(part.Text, CultureInfo.InvariantCulture))
                : numbers.Digits(part.Text);
        }
        return string.Join(' ', part.Text.Select(c => char.IsAsciiDigit(c) ? numbers.Digits(c.ToString()) : c.ToString()));
    }
}
