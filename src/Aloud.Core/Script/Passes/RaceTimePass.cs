using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A race or lap time in minutes and seconds with hundredths: "3:58.22" -> "three minutes fifty-eight point two two
/// seconds", "1:02.5" -> "one minute two point five seconds". The decimal seconds rule out a clock time, which
/// the time pass reads ("12:30").
/// </summary>
internal sealed class RaceTimePass(INumberWords numbers) : TokenPass
{
    public override string Name => "time";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is { Kind: TokenKind.Word, Text: ['R', >= '1' and <= '9', ..] raceNumber } && raceNumber.Length <= 3 && NumberText.IsPlain(raceNumber[1..])
            && (At(tokens, index - 1) is { Kind: TokenKind.Word } course && char.IsUpper(course.Text[0]) || OpensAField(tokens, index))
            && (RaceMeeting.TalksRacing(tokens, index)
                || At(tokens, index + 1) is { Text: "," } && At(tokens, index + 2) is { Kind: TokenKind.Number } trip && NumberText.Split(trip.Text) is ({ Length: 3 or 4 }, "m")))
        {
            // "Randwick R7, 1400m": a card's race by its number after the course, as Australian and New Zealand copy
            // writes it; "The Meadows, R4 (525m)": a card line's own field between commas or before the trip's bracket.
            replacement = Spoken(tokens, index, 1, $"race {numbers.Cardinal(int.Parse(raceNumber[1..], CultureInfo.InvariantCulture))}");
            return 1;
        }
        if (tokens[index] is { Kind: TokenKind.Number, Text: "0" } && At(tokens, index + 1) is { Kind: TokenKind.Punctuation, Text: ":", SpaceBefore: false }
            && At(tokens, index + 2) is { Kind: TokenKind.Number, Text.Length: 2, SpaceBefore: false } clock && NumberText.IsPlain(clock.Text)
            && At(tokens, index + 3) is { Kind: TokenKind.Word, Text: "left" or "remaining" or "to" })
        {
            // "with 0:04 left": a game clock's last seconds.
            var left = int.Parse(clock.Text, CultureInfo.InvariantCulture);
            replacement = Spoken(tokens, index, 3, $"{numbers.Cardinal(left)} {(left == 1 ? "second" : "seconds")}");
            return 3;
        }
        if (tokens[index] is not { Kind: TokenKind.Number } minutes || minutes.Text.Length > 2 || !NumberText.IsPlain(minutes.Text)
            || At(tokens, index + 1) is not { Kind: TokenKind.Punctuation, Text: ":", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Number, SpaceBefore: false } seconds
            || seconds.Text.Split('.') is not [{ Length: 2 } whole, { Length: >= 1 and <= 3 } fraction]
            || !NumberText.IsPlain(whole) || !NumberText.IsPlain(fraction) || int.Parse(whole, CultureInfo.InvariantCulture) > 59)
        {
            return 0;
        }
        var minuteCount = int.Parse(minutes.Text, CultureInfo.InvariantCulture);
        var secondCount = int.Parse(whole, CultureInfo.InvariantCulture);
        var secondWords = $"{numbers.Cardinal(secondCount)} point {numbers.Digits(fraction)}";
        if (HarnessTime(tokens, index))
        {
            // "mile rate 1:58.4": harness racing calls its times as a clock's figures, "one fifty-eight point four".
            replacement = Spoken(tokens, index, 3, $"{numbers.Cardinal(minuteCount)} {(secondCount < 10 ? "oh " : "")}{secondWords}");
            return 3;
        }
        replacement = Spoken(tokens, index, 3, $"{numbers.Cardinal(minuteCount)} {(minuteCount == 1 ? "minute" : "minutes")} {secondWords} seconds");
        return 3;
    }

    /// <summary>"..., R4 (525m)", "..., R4, 8.12pm": the race number as a field of its own in a card's line.</summary>
    private static bool OpensAField(IReadOnlyList<Token> tokens, int index) =>
        (index == 0 || At(tokens, index - 1) is { Text: "," or ";" or ":" })
        && At(tokens, index + 1) is null or { Text: "," or ";" or ":" or "(" or "." };

    /// <summary>
    /// A harness race's time: after "mile rate", or after "in" in a line with a mile rate or the word "harness", where
    /// the callers say the figures without units.
    /// </summary>
    private static bool HarnessTime(IReadOnlyList<Token> tokens, int index) =>
        AfterMileRate(tokens, At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "of" } ? index - 2 : index - 1)
        || At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "in" }
            && Enumerable.Range(0, tokens.Count).Any(k => tokens[k] is { Kind: TokenKind.Word, Text: "harness" or "Harness" or "trotting" or "Trotting" }
                || AfterMileRate(tokens, k));

    /// <summary>Whether the word at <paramref name="rate"/> is the "rate" of "mile rate" ("a mile rate of 1:57.2").</summary>
    private static bool AfterMileRate(IReadOnlyList<Token> tokens, int rate) =>
        At(tokens, rate) is { Kind: TokenKind.Word, Text: "rate" } && At(tokens, rate - 1) is { Kind: TokenKind.Word, Text: "mile" or "Mile" };
}
