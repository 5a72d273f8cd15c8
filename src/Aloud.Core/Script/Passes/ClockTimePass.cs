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
            || !(At(tokens, index + 1) is { Kind: TokenKind.Word } zone && Zones.Contains(zone.Text) || IsTimetableTime(tokens, index)))
        {
            return 0;
        }
        var hour = int.Parse(token.Text[..2], CultureInfo.InvariantCulture);
        var minute = int.Parse(token.Text[2..], CultureInfo.InvariantCulture);
        if (hour > 23 || minute > 59)
        {
            return 0;
        }
        var hourWords = hour == 0 ? "zero" : hour < 10 ? "oh " + numbers.Cardinal(hour) : NumberText.PairTail(numbers, hour);
        var minuteWords = minute == 0 ? "hundred" : NumberText.PairTail(numbers, minute);
        replacement = Spoken(tokens, index, 1, $"{hourWords} {minuteWords}");
        return 1;
    }

    /// <summary>Nouns of a timetable that a 24-hour time stands before ("the 0820 departure", "the 1715 service").</summary>
    private static readonly HashSet<string> TimetableNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "departure", "departures", "arrival", "arrivals", "train", "service", "sailing", "flight", "bus", "ferry", "shuttle", "express",
    };

    /// <summary>Verbs of a timetable after which "at 1034" is a 24-hour time ("arrives at 1034", "departs at 0915").</summary>
    private static bool IsTimetableVerb(string word) =>
        word.StartsWith("arriv", StringComparison.OrdinalIgnoreCase) || word.StartsWith("depart", StringComparison.OrdinalIgnoreCase)
        || word is "leaves" or "leave" or "leaving" or "lands" or "land" or "landing" or "sails" or "docks";

    /// <summary>
    /// A 24-hour time without a zone, told by the timetable around it: before a timetable noun ("the 0820 departure")
    /// or after a timetable verb and "at" ("arrives at 1034"). A count never has a leading zero and a year is not
    /// what a train arrives at.
    /// </summary>
    private static bool IsTimetableTime(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index + 1) is { Kind: TokenKind.Word } noun && TimetableNouns.Contains(noun.Text) && tokens[index].Text[0] is '0' or '1' or '2'
            && At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "the" or "The" }
        || At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "at" } && At(tokens, index - 2) is { Kind: TokenKind.Word } verb && IsTimetableVerb(verb.Text);
}
