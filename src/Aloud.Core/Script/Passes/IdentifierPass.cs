using System.Globalization;
using System.Text.RegularExpressions;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Identifiers with a fixed shape that technology copy prints: a vulnerability's "CVE-2026-41873" -> "C V E twenty
/// twenty-six, four one eight seven three" (the year, then the number digit by digit, as security researchers say
/// it), and a version glued to its "v": "v3.8" -> "version three point eight", "v2" -> "version two".
/// </summary>
internal sealed partial class IdentifierPass(INumberWords numbers) : TokenPass
{
    public override string Name => "serial";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Word, Text.Length: <= 40 } word)
        {
            return 0;
        }
        if (Vulnerability().Match(word.Text) is { Success: true } cve)
        {
            var year = int.Parse(cve.Groups[1].Value, CultureInfo.InvariantCulture);
            replacement = Spoken(tokens, index, 1, $"C V E {numbers.Year(year)} , {numbers.Digits(cve.Groups[2].Value)}");
            return 1;
        }
        if (Reporter().Match(word.Text) is { Success: true } reporter && At(tokens, index - 1) is { Kind: TokenKind.Number }
            && At(tokens, index + 1) is { Kind: TokenKind.Number, SpaceBefore: true })
        {
            // "98 F.4th 211", "512 P.3d 88": a law report's series between its volume and its page, as lawyers say it
            // ("F fourth", "P third"); the old "2d" and "3d" are second and third.
            var series = int.Parse(reporter.Groups[2].Value, CultureInfo.InvariantCulture);
            var name = string.Join(' ', reporter.Groups[1].Value.Split('.'));
            replacement = Spoken(tokens, index, 1, $"{name} {numbers.Ordinal(series)}");
            return 1;
        }
        if (Version().Match(word.Text) is { Success: true } version)
        {
            var parts = version.Groups[1].Value.Split('.').Select(p => numbers.Cardinal(long.Parse(p, CultureInfo.InvariantCulture)));
            replacement = Spoken(tokens, index, 1, "version " + string.Join(" point ", parts));
            return 1;
        }
        return 0;
    }

    [GeneratedRegex(@"^CVE-((?:19|20)\d\d)-(\d{4,7})$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Vulnerability();

    // A reporter's abbreviation (F, P, A, So, N.E., S.W.) and its series ("4th", "3d", "2d").
    [GeneratedRegex(@"^([A-Z][a-z]?(?:\.[A-Z])?)\.([2-9])(?:d|th|nd|rd)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Reporter();

    // "v3.8", "v2", "v10.4.1": a lowercase v and at most four numeric parts of at most four digits each.
    [GeneratedRegex(@"^v(\d{1,4}(?:\.\d{1,4}){0,3})$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Version();
}
