using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Numbers a capital-letter label files under a year, and expiry months on a vehicle's papers:
/// "DA 412/2026" -> "four one two slash twenty twenty-six" (an application's serial and its year, never a fraction),
/// "CAS 112/12/2026" -> "one one two slash twelve slash twenty twenty-six" (a police case, not a date), and
/// "RC 14/0932" -> "fourteen slash zero nine three two" (a volume and its serial),
/// "NCT 06/27", "WOF 05/27", "rego 11/27" -> "June twenty twenty-seven" (the month a test or registration runs out).
/// </summary>
internal sealed class LabelledSerialPass(INumberWords numbers) : TokenPass
{
    /// <summary>Labels whose month/year is when something runs out: a roadworthiness test, a registration, a card.</summary>
    private static readonly HashSet<string> ExpiryLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "NCT", "MOT", "WOF", "COF", "rego", "expiry", "expires", "expiring", "exp", "tax", "taxed", "registration",
    };

    /// <summary>Words between an expiry label and its month: "rego till 06/27", "tax until 03/28", "MOT to 11/27", "exp. 09/28".</summary>
    private static readonly HashSet<string> ExpiryLinks = new(StringComparer.OrdinalIgnoreCase) { "till", "til", "until", "to", "valid", "end", ".", ":" };

    /// <summary>Whether an expiry label stands right before <paramref name="index"/>, past a link word or its stop.</summary>
    private static bool AfterExpiryLabel(IReadOnlyList<Token> tokens, int index)
    {
        var k = index - 1;
        for (var links = 0; links < 2 && At(tokens, k) is { } link && ExpiryLinks.Contains(link.Text); links++)
        {
            k--;
        }
        return At(tokens, k) is { Kind: TokenKind.Word } label && ExpiryLabels.Contains(label.Text);
    }

    public override string Name => "date";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Number } first || !NumberText.IsPlain(first.Text)
            || At(tokens, index - 1) is not { Kind: TokenKind.Word or TokenKind.Punctuation } label || !first.SpaceBefore)
        {
            return 0;
        }
        var groups = new List<string> { first.Text };
        var k = index + 1;
        while (groups.Count < 4 && At(tokens, k) is { Text: "/", SpaceBefore: false }
            && At(tokens, k + 1) is { Kind: TokenKind.Number, SpaceBefore: false } group && NumberText.IsPlain(group.Text))
        {
            groups.Add(group.Text);
            k += 2;
        }
        if (groups.Count < 2 || At(tokens, k) is { Text: "/" or "-" or "." or ",", SpaceBefore: false } && At(tokens, k + 1) is { Kind: TokenKind.Number, SpaceBefore: false })
        {
            return 0;
        }
        if (groups.Count == 2 && AfterExpiryLabel(tokens, index) && first.Text.Length == 2 && groups[1].Length == 2
            && int.Parse(first.Text, CultureInfo.InvariantCulture) is >= 1 and <= 12 and var month)
        {
            var year = 2000 + int.Parse(groups[1], CultureInfo.InvariantCulture);
            replacement = Spoken(tokens, index, k - index, $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {numbers.Year(year)}");
            return k - index;
        }
        if (label.Kind != TokenKind.Word)
        {
            return 0;
        }
        if (groups.Count == 2 && label.Text.Length is >= 2 and <= 4 && label.Text.All(char.IsAsciiLetterUpper) && first.Text.Length <= 2
            && groups[1].Length is >= 3 and <= 6 && !(groups[1].Length == 4 && groups[1][..2] is "19" or "20"))
        {
            // "RC 14/0932": a register's volume and a serial of three or more digits after it, never a fraction; the
            // short volume is said as a number, the serial digit by digit as a clerk reads it.
            replacement = Spoken(tokens, index, k - index,
                $"{numbers.Cardinal(int.Parse(first.Text, CultureInfo.InvariantCulture))} slash {numbers.Digits(groups[1])}");
            return k - index;
        }
        // A serial of three or more digits before the year: "12/2026" or "12/03/2026" would be a month or a date.
        if (label.Text.Length is < 2 or > 4 || !label.Text.All(char.IsAsciiLetterUpper) || first.Text.Length < 3
            || groups[^1] is not { Length: 4 } yearText || yearText[..2] is not ("19" or "20") || groups.Skip(1).SkipLast(1).Any(g => g.Length > 2))
        {
            return 0;
        }
        var said = new List<string> { numbers.Digits(first.Text) };
        said.AddRange(groups.Skip(1).SkipLast(1).Select(g => numbers.Cardinal(int.Parse(g, CultureInfo.InvariantCulture))));
        said.Add(numbers.Year(int.Parse(yearText, CultureInfo.InvariantCulture)));
        replacement = Spoken(tokens, index, k - index, string.Join(" slash ", said));
        return k - index;
    }
}
