using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A book or serial number after "ISBN" or "ISSN" ("ISBN 978-0-12-345678-9", "ISBN: 0123456789", "ISSN
/// 1234-567X"): read digit by digit, group by group with a breath between, as a catalogue number is said. Read
/// as a count, a ten-digit ISBN becomes "one billion...", which no listener can use.
/// </summary>
internal sealed class BookNumberPass(INumberWords numbers) : TokenPass
{
    private const int MaxGroups = 6;

    public override string Name => "serial";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index].Kind != TokenKind.Number || !FollowsStandardName(tokens, index))
        {
            return 0;
        }
        var groups = new List<string>();
        var i = index;
        while (groups.Count < MaxGroups && At(tokens, i) is { Kind: TokenKind.Number } group && (i == index || !group.SpaceBefore))
        {
            var (digits, suffix) = NumberText.Split(group.Text);
            if (!NumberText.IsPlain(digits) || suffix is not ("" or "X" or "x"))
            {
                return 0;
            }
            groups.Add(NumberText.DigitByDigit(numbers, digits) + (suffix.Length > 0 ? " X" : ""));
            i++;
            if (At(tokens, i) is { Text: "-" or "\u2010" or "\u2011", SpaceBefore: false } && At(tokens, i + 1) is { SpaceBefore: false } next)
            {
                if (next is { Kind: TokenKind.Word, Text: "X" or "x" })
                {
                    // The check digit of an ISBN-10 or an ISSN may be X.
                    groups.Add("X");
                    i += 2;
                    break;
                }
                if (next.Kind == TokenKind.Number)
                {
                    i++;
                    continue;
                }
            }
            break;
        }
        var digitCount = groups.Sum(g => g.Split(' ').Length);
        if (digitCount < 8)
        {
            return 0;
        }
        replacement = Spoken(tokens, index, i - index, string.Join(" , ", groups));
        return i - index;
    }

    /// <summary>Whether "ISBN", "ISBN-13", "ISSN" (optionally with a colon) stands right before the number.</summary>
    private static bool FollowsStandardName(IReadOnlyList<Token> tokens, int index)
    {
        var k = index - 1;
        if (At(tokens, k) is { Kind: TokenKind.Punctuation, Text: ":" })
        {
            k--;
        }
        return At(tokens, k) is { Kind: TokenKind.Word } name
            && (name.Text.StartsWith("ISBN", StringComparison.OrdinalIgnoreCase) || name.Text.StartsWith("ISSN", StringComparison.OrdinalIgnoreCase))
            && name.Text.Length <= 7;
    }
}
