using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A number after a label that names it as an identifier is read as it is printed, digit by digit: "quoting ref.
/// 5226031447", "Pin code 560034", "postcode 4001", "parcel ID No. 14-22-301-007" (group by group, with a breath
/// between). Such a figure is never a quantity, and dashed groups are never a range. Runs before the label
/// abbreviations turn "No." into "number" and before the telephone and range passes read the groups.
/// </summary>
internal sealed class LabelledIdentifierPass(INumberWords numbers) : TokenPass
{
    /// <summary>Labels of codes whose every digit is said, however short the code (a four-digit postcode).</summary>
    private static readonly HashSet<string> PostalLabels = new(StringComparer.OrdinalIgnoreCase) { "pin", "pincode", "postcode", "zip", "zipcode" };

    /// <summary>Labels of references and accounts: five digits or more after them are an identifier.</summary>
    private static readonly HashSet<string> ReferenceLabels = new(StringComparer.OrdinalIgnoreCase) { "ref", "reference", "id", "account", "acct" };

    public override string Name => "cardinal";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is { Kind: TokenKind.Word, Text: "No" or "no" } && At(tokens, index + 1) is { Text: "." }
            && At(tokens, index + 2) is { Kind: TokenKind.Number } && ReadIdentifier(tokens, index + 2, out var afterNo) is var taken and > 0)
        {
            // "ID No. 14-22-301-007": the abbreviation is said with the identifier it announces.
            replacement = Spoken(tokens, index, taken + 2, "number " + string.Join(' ', afterNo.Words));
            return taken + 2;
        }
        return ReadIdentifier(tokens, index, out replacement);
    }

    private int ReadIdentifier(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index].Kind != TokenKind.Number || !NumberText.IsPlain(tokens[index].Text))
        {
            return 0;
        }
        var shortest = LabelBefore(tokens, index);
        if (shortest == 0)
        {
            return 0;
        }
        var groups = new List<string> { tokens[index].Text };
        var k = index + 1;
        while (groups.Count < 8 && At(tokens, k) is { Text: "-", SpaceBefore: false }
            && At(tokens, k + 1) is { Kind: TokenKind.Number, SpaceBefore: false } group && NumberText.IsPlain(group.Text))
        {
            groups.Add(group.Text);
            k += 2;
        }
        if (At(tokens, k) is { Kind: TokenKind.Number or TokenKind.Word, SpaceBefore: false } or { Text: "-" or "/" or "," or ".", SpaceBefore: false } && At(tokens, k + 1) is { Kind: TokenKind.Number, SpaceBefore: false })
        {
            // Something else glued on ("12-4/7", "4,500"): not a plain identifier.
            return 0;
        }
        if (groups.Count > 1 && !groups.Any(g => g.Length > 1 && g[0] == '0'))
        {
            // "reference 1991-2020" is a span of years, "Ref 2021-13-45" a date: only a group with a leading zero
            // ("301-007") is certain to be part of a printed code.
            return 0;
        }
        if (groups.Count == 1 && groups[0].Length < shortest || groups.Count == 1 && groups[0].Length > 20)
        {
            return 0;
        }
        replacement = Spoken(tokens, index, k - index, string.Join(" , ", groups.Select(numbers.Digits)));
        return k - index;
    }

    /// <summary>
    /// The fewest digits an identifier after the label before <paramref name="index"/> has (0 when no label stands
    /// there): "ref.", "Pin code", "ID No.", "postcode:".
    /// </summary>
    private static int LabelBefore(IReadOnlyList<Token> tokens, int index)
    {
        var k = index - 1;
        if (At(tokens, k) is { Kind: TokenKind.Punctuation, Text: "." or ":" })
        {
            k--;
        }
        if (At(tokens, k) is { Kind: TokenKind.Word } numberWord && numberWord.Text is "No" or "no" or "number" or "Number" or "code" or "Code" or "CODE")
        {
            // "ID No. 14-22", "Pin code 560034": the label names the kind of number, then says it is one.
            var coded = numberWord.Text.Equals("code", StringComparison.OrdinalIgnoreCase);
            k--;
            if (At(tokens, k) is { Kind: TokenKind.Punctuation, Text: "." })
            {
                k--;
            }
            return At(tokens, k) is { Kind: TokenKind.Word } kind
                ? PostalLabels.Contains(kind.Text) || coded && kind.Text.Equals("post", StringComparison.OrdinalIgnoreCase) ? 4
                    : ReferenceLabels.Contains(kind.Text) && !coded ? 5 : 0
                : 0;
        }
        return At(tokens, k) is { Kind: TokenKind.Word } label
            ? PostalLabels.Contains(label.Text) ? 4 : ReferenceLabels.Contains(label.Text) ? 5 : 0
            : 0;
    }
}
