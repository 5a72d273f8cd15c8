using System.Text.RegularExpressions;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A US federal court's case number: "4:24-cr-00391" (the division office, the year filed, the case type, the number,
/// sometimes a judge's initials) -> "four, two four, C R, zero zero three nine one". Court clerks and reporters read each
/// part as a code; without this the time pass takes "4:24" for a clock time and the number becomes a count.
/// </summary>
internal sealed partial class DocketNumberPass(INumberWords numbers) : TokenPass
{
    private const int MaxTokens = 12;

    public override string Name => "docket";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Number, Text.Length: 1 } || At(tokens, index + 1) is not { Text: ":", SpaceBefore: false })
        {
            return 0;
        }
        // The case number is one unspaced run of tokens, whatever the tokenizer made of its dashes.
        var text = tokens[index].Text;
        var end = index + 1;
        while (end < tokens.Count && end - index < MaxTokens && !tokens[end].SpaceBefore)
        {
            text += tokens[end].Text;
            end++;
        }
        var trailing = text.Length - text.TrimEnd('.', ',', ';', ')').Length;
        if (trailing > 0)
        {
            // A sentence's or clause's mark after the number is not part of it.
            text = text[..^trailing];
            end--;
        }
        if (CaseNumber().Match(text) is not { Success: true } match)
        {
            return 0;
        }
        var parts = new List<string>
        {
            numbers.Digits(match.Groups["office"].Value),
            numbers.Digits(match.Groups["year"].Value),
            string.Join(' ', match.Groups["type"].Value.ToUpperInvariant().ToCharArray()),
            numbers.Digits(match.Groups["number"].Value),
        };
        if (match.Groups["judge"].Success)
        {
            parts.Add(string.Join(' ', match.Groups["judge"].Value.ToUpperInvariant().ToCharArray()));
        }
        replacement = Spoken(tokens, index, end - index, string.Join(" , ", parts));
        return end - index;
    }

    // Office, two-digit year, a two- to four-letter case type (cr, cv, mj, bk...), the number, optional initials.
    [GeneratedRegex(@"^(?<office>\d):(?<year>\d{2})-(?<type>[A-Za-z]{2,4})-(?<number>\d{3,6})(?:-(?<judge>[A-Za-z]{2,4}))?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex CaseNumber();
}
