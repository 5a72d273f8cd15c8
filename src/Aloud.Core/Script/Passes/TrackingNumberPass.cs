using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A parcel's tracking number or a part's or product's serial, written in groups of capitals and digits (spaced or
/// hyphened) after its label: "tracking number 1Z 999 AA1 0123 4567 84" -> "one Z, nine nine nine, A A one, ...",
/// "part number, 7741-220-B" -> "seven seven four one, two two zero, B": every character is said as printed, a breath
/// between groups. Without this the groups would be read as counts, a telephone number, a span or a word.
/// </summary>
internal sealed class TrackingNumberPass(INumberWords numbers) : TokenPass
{
    private const int MaxGroups = 8;

    /// <summary>Words before "number", "no." or "code" that make it a parcel's, a part's or a product's code.</summary>
    private static readonly HashSet<string> ParcelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "tracking", "consignment", "waybill", "parcel", "part", "serial", "product", "catalogue", "catalog",
    };

    public override string Name => "serial";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (!IsGroup(tokens[index]) || !AfterLabel(tokens, index))
        {
            return 0;
        }
        var groups = new List<string>();
        var k = index;
        while (groups.Count < MaxGroups && At(tokens, k) is { } group && IsGroup(group) && (k == index || group.SpaceBefore || At(tokens, k - 1) is { Text: "-" }))
        {
            groups.Add(string.Join(' ', group.Text.Select(c => char.IsAsciiDigit(c) ? numbers.Digits(c.ToString()) : c.ToString())));
            k++;
            // "7741-220-B": a hyphen glued between groups joins them as a space does.
            if (At(tokens, k) is { Text: "-", SpaceBefore: false } && At(tokens, k + 1) is { SpaceBefore: false } joined && IsGroup(joined))
            {
                k++;
            }
        }
        if (groups.Count < 2 || tokens.Skip(index).Take(k - index).Sum(t => t.Text.Count(char.IsAsciiDigit)) < 6)
        {
            return 0;
        }
        replacement = Spoken(tokens, index, k - index, string.Join(" , ", groups));
        return k - index;
    }

    /// <summary>A group of capitals and digits, one to ten characters, as written on a label.</summary>
    private static bool IsGroup(Token token) =>
        token.Kind is TokenKind.Number or TokenKind.Word && token.Text.Length is >= 1 and <= 10
        && token.Text.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));

    /// <summary>Whether "tracking number", "consignment no." or "tracking code" (or "tracking:") stands right before <paramref name="index"/>.</summary>
    private static bool AfterLabel(IReadOnlyList<Token> tokens, int index)
    {
        var k = index - 1;
        if (At(tokens, k) is { Text: ":" or "." or "," })
        {
            k--;
        }
        if (At(tokens, k) is { Kind: TokenKind.Word } label && label.Text.ToLowerInvariant() is "number" or "no" or "code" or "id"
            || At(tokens, k) is { Kind: TokenKind.Spoken, Words: ["number"] })
        {
            k--;
        }
        return At(tokens, k) is { Kind: TokenKind.Word } parcel && ParcelWords.Contains(parcel.Text);
    }
}
