using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A 24-hour time written as four digits before a zone or "hours" ("0600 GMT", "1430 UTC", "2100 hours"): read as
/// such times are said, "oh six hundred", "fourteen thirty". Without the zone the same digits are a count or a
/// year, so nothing else is taken.
/// </summary>
internal sealed class ClockTimePass(INumberWords numbers) : TokenPass
{
    private static readonly HashSet<string> Zones = new(StringComparer.Ordinal)
    {
        "GMT", "UTC", "Z", "BST", "CET", "CEST", "EET", "MSK", "IST", "JST", "KST", "AEST", "AEDT", "hours", "hrs", "local",
    };

    public override string Name => "time";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var token = tokens[index];
        if (token.Kind != TokenKind.Number || token.Text.Length != 4 || !NumberText.IsPlain(token.Text)
            || At(tokens, index + 1) is not { Kind: TokenKind.Word } zone || !Zones.Contains(zone.Text))
        {
            return 0;
        }
        var hour = int.Parse(token.Text[..2], CultureInfo.InvariantCulture);
        var minute = int.Parse(token.Text[2..], CultureInfo.InvariantCulture);
        if (hour > 23 || minute > 59)
        {
            return 0;
        }
        var hourWords = hour == 0 ? "zero" : NumberText.PairTail(numbers, hour);
        var minuteWords = minute == 0 ? "hundred" : NumberText.PairTail(numbers, minute);
        replacement = Spoken(tokens, index, 1, $"{hourWords} {minuteWords}");
        return 1;
    }
}
