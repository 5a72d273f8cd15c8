using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Fractions: "1/4" -> "one quarter", "3 1/2" -> "three and a half", "22/3" -> "twenty-two thirds", "2½" -> "two
/// and a half", "4 1/2 lbs" -> "four and a half pounds". A slash pair that could be a month and day ("9/11",
/// "3/15") is left alone unless its denominator is a usual fraction one (2, 3, 4, 8...).
/// </summary>
internal sealed class FractionPass(INumberWords numbers) : TokenPass
{
    private static readonly Dictionary<string, (long Numerator, long Denominator)> Glyphs = new(StringComparer.Ordinal)
    {
        ["½"] = (1, 2),
        ["⅓"] = (1, 3),
        ["⅔"] = (2, 3),
        ["¼"] = (1, 4),
        ["¾"] = (3, 4),
        ["⅕"] = (1, 5),
        ["⅛"] = (1, 8),
        ["⅜"] = (3, 8),
        ["⅝"] = (5, 8),
        ["⅞"] = (7, 8),
    };

    /// <summary>Denominators that make a fraction, not a date, whatever the numerator.</summary>
    private static readonly HashSet<long> UsualDenominators = [2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100];

    public override string Name => "fraction";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is { Kind: TokenKind.Number, Text: "24" } && At(tokens, index + 1) is { Text: "/", SpaceBefore: false }
            && At(tokens, index + 2) is { Kind: TokenKind.Number, Text: "7", SpaceBefore: false }
            && At(tokens, index + 3) is not { Text: "/", SpaceBefore: false })
        {
            // "24/7" is round the clock, never a fraction.
            replacement = Spoken(tokens, index, 3, "twenty-four seven");
            return 3;
        }
        if (FavouritesPrice(tokens, index) is { } favourite)
        {
            replacement = Spoken(tokens, index, 3, favourite);
            return 3;
        }
        // Slash pairs that are not fractions, each read whole (three tokens: the numbers and the slash).
        if ((BloodPressure(tokens, index) ?? TelevisionTime(tokens, index) ?? SlashedSeason(tokens, index) ?? PlaceOutOf(tokens, index)
            ?? CricketTotal(tokens, index) ?? RacingOdds(tokens, index) ?? ScoreOutOf(tokens, index) ?? DayFirstDate(tokens, index) ?? BidOffer(tokens, index) ?? DecimalOutOf(tokens, index)
            ?? EvenSplit(tokens, index) ?? SpeedInZone(tokens, index) ?? SlashedUnit(tokens, index) ?? NamedPair(tokens, index)) is { } pair)
        {
            replacement = Spoken(tokens, index, 3, pair);
            return 3;
        }
        var count = 0;
        string? whole = null;
        // A whole part too big for a long ("99999999999999999999 1/2") is not a mixed number anyone writes: not this pass's.
        if (tokens[index] is { Kind: TokenKind.Number } first && NumberText.IsPlain(first.Text)
            && long.TryParse(first.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var wholeValue)
            && TryFraction(tokens, index + 1, requireSpace: true, out var afterWhole, out var fractionTokens))
        {
            // "3 1/2" or "2½": a whole number then a fraction.
            whole = numbers.Cardinal(wholeValue);
            count = 1 + fractionTokens;
            return Finish(tokens, index, count, $"{whole} and {afterWhole}", many: true, out replacement);
        }
        if (TryFraction(tokens, index, requireSpace: false, out var fraction, out count))
        {
            return Finish(tokens, index, count, fraction, many: !fraction.StartsWith("one ", StringComparison.Ordinal) && !fraction.StartsWith("a ", StringComparison.Ordinal), out replacement);
        }
        return 0;
    }

    /// <summary>
    /// "the 50/50 draw", "a 60/40 split": two shares of a whole (they add up to a hundred) are said as a pair,
    /// "fifty-fifty", "sixty-forty"; no fraction is written as a hundred split in two.
    /// </summary>
    private string? EvenSplit(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Number, Text.Length: 2 } share || !NumberText.IsPlain(share.Text)
            || At(tokens, index + 1) is not { Text: "/", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Number, Text.Length: 2, SpaceBefore: false } rest || !NumberText.IsPlain(rest.Text)
            || At(tokens, index + 3) is { Text: "/" or "-", SpaceBefore: false }
            || int.Parse(share.Text, CultureInfo.InvariantCulture) + int.Parse(rest.Text, CultureInfo.InvariantCulture) != 100)
        {
            return null;
        }
        return $"{numbers.Cardinal(int.Parse(share.Text, CultureInfo.InvariantCulture))}-{numbers.Cardinal(int.Parse(rest.Text, CultureInfo.InvariantCulture))}";
    }

    /// <summary>
    /// "the 2/43rd Battalion", "2/1st Field Regiment": an Australian unit raised in the second war from the first's number,
    /// said "second forty-third"; a number over an ordinal is never a fraction.
    /// </summary>
    private string? SlashedUnit(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Number, Text.Length: 1 or 2 } raised || !NumberText.IsPlain(raised.Text)
            || At(tokens, index + 1) is not { Text: "/", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Number, SpaceBefore: false } unit
            || NumberText.Split(unit.Text) is not ({ Length: 1 or 2 } unitDigits, "st" or "nd" or "rd" or "th")
            // The unit's name follows, capitalised ("1/4th of the land" is a fraction).
            || At(tokens, index + 3) is not { Kind: TokenKind.Word } name || !char.IsUpper(name.Text[0]))
        {
            return null;
        }
        return $"{numbers.Ordinal(int.Parse(raised.Text, CultureInfo.InvariantCulture))} {numbers.Ordinal(int.Parse(unitDigits, CultureInfo.InvariantCulture))}";
    }

    /// <summary>
    /// "Speeding, 64/55": a police log's speed over the limit, said "sixty-four in a fifty-five", after "speeding" and
    /// only where the limit is a posted one (a multiple of five) below the speed.
    /// </summary>
    private string? SpeedInZone(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Number, Text.Length: 2 or 3 } speed || !NumberText.IsPlain(speed.Text)
            || At(tokens, index + 1) is not { Text: "/", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Number, Text.Length: 2 or 3, SpaceBefore: false } limit || !NumberText.IsPlain(limit.Text)
            || int.Parse(limit.Text, CultureInfo.InvariantCulture) is var posted && (posted % 5 != 0 || posted < 15 || posted > 130)
            || int.Parse(speed.Text, CultureInfo.InvariantCulture) <= posted)
        {
            return null;
        }
        var k = At(tokens, index - 1) is { Text: "," or ":" } ? index - 2 : index - 1;
        return At(tokens, k) is { Kind: TokenKind.Word, Text: "speeding" or "Speeding" or "SPEEDING" } or { Kind: TokenKind.Word, Text: "clocked" or "going" or "doing" }
            ? $"{numbers.Cardinal(int.Parse(speed.Text, CultureInfo.InvariantCulture))} in a {numbers.Cardinal(posted)}"
            : null;
    }

    /// <summary>
    /// "blood pressure was 120/80" -> "one twenty over eighty": a reading after "pressure" or "BP", with a top number
    /// of 60 to 300 and a bottom one of 30 to 200, as doctors say it. Null when it is not one.
    /// </summary>
    private string? BloodPressure(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Number } top || !NumberText.IsPlain(top.Text) || top.Text.Length > 3
            || At(tokens, index + 1) is not { Text: "/", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Number, SpaceBefore: false } bottom)
        {
            return null;
        }
        // "120/80mmHg": the unit may be glued to the lower number.
        var (bottomDigits, gluedUnit) = NumberText.Split(bottom.Text);
        if (gluedUnit is not ("" or "mmHg") || !NumberText.IsPlain(bottomDigits) || bottomDigits.Length > 3)
        {
            return null;
        }
        var systolic = int.Parse(top.Text, CultureInfo.InvariantCulture);
        var diastolic = int.Parse(bottomDigits, CultureInfo.InvariantCulture);
        var named = false;
        // Anywhere earlier in the clause-sized window: "pressure was 148/92 at the first visit and 126/80 after six months".
        for (var k = index - 1; k >= Math.Max(0, index - NearbyWords.Window) && !named; k--)
        {
            named |= tokens[k] is { Kind: TokenKind.Word, Text: "pressure" or "BP" or "Pressure" };
        }
        // "130/85 mm Hg": the unit names a pressure too.
        named |= At(tokens, index + 3) is { Kind: TokenKind.Word, Text: "mm" } && At(tokens, index + 4) is { Kind: TokenKind.Word, Text: "Hg" }
            || At(tokens, index + 3) is { Kind: TokenKind.Word, Text: "mmHg" } || gluedUnit.Length > 0;
        if (!named || systolic is < 60 or > 300 || diastolic is < 30 or > 200)
        {
            return null;
        }
        var topWords = systolic >= 100 && systolic % 100 != 0 ? NumberText.Pairs(numbers, top.Text) : numbers.Cardinal(systolic);
        return $"{topWords} over {numbers.Cardinal(diastolic)}{(gluedUnit.Length > 0 ? " millimeters of mercury" : "")}";
    }

    /// <summary>
    /// "Ravipur posted 314/7 in their 50 overs" -> "three hundred fourteen for seven": runs (twenty or more) over at most
    /// ten wickets, or the wickets first as Australia writes them ("4/231"), in a sentence with a word only cricket uses (the same words that make "245-6" a total). Null
    /// otherwise, and "22/3" stays a fraction.
    /// </summary>
    private string? CricketTotal(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Number } runs || !NumberText.IsPlain(runs.Text) || runs.Text.Length > 3
            || At(tokens, index + 1) is not { Text: "/", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Number, SpaceBefore: false } wickets || !NumberText.IsPlain(wickets.Text) || wickets.Text.Length > 3
            || At(tokens, index + 3) is { Text: "/" } || At(tokens, index - 1) is { Text: "/" })
        {
            return null;
        }
        var first = int.Parse(runs.Text, CultureInfo.InvariantCulture);
        var second = int.Parse(wickets.Text, CultureInfo.InvariantCulture);
        // Australian copy writes the wickets first ("chased down 4/231"), everyone else the runs first ("156/3"); the
        // pair is said in the order written, wickets being the number of at most ten.
        var runsFirst = first >= 20 && second <= 10;
        var wicketsFirst = first <= 10 && second >= 20 && runs.Text.Length <= 2;
        // "match figures of 9/87": a bowler's figures name their sport.
        var figures = At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "of" } && At(tokens, index - 2) is { Kind: TokenKind.Word, Text: "figures" or "Figures" };
        // "finished with 6/38", "took 5/17": a bowler's wickets (at most ten) for runs (two or three figures) after a verb of
        // bowling, even where no other word names cricket; a share ("took 1/20 of the vote") has "of" after it.
        var bowled = first <= 10 && wickets.Text.Length is 2 or 3 && runs.Text.Length <= 2 && BowlingVerbBefore(tokens, index)
            && At(tokens, index + 3) is not { Kind: TokenKind.Word, Text: "of" or "th" or "ths" };
        wicketsFirst |= bowled;
        figures |= bowled;
        if (!(runsFirst || wicketsFirst) || !(figures || NearbyWords.Any(tokens, index, RangePass.CricketWordSet) || RangePass.IsDeclaration(At(tokens, index + 3))))
        {
            return null;
        }
        return $"{numbers.Cardinal(first)} for {numbers.Cardinal(second)}";
    }

    /// <summary>"finished with", "took", "returned", "claimed": what a bowler does before his figures.</summary>
    private static bool BowlingVerbBefore(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index - 1) is { Kind: TokenKind.Word } verb
            && (verb.Text is "took" or "taking" or "takes" or "returned" or "returning" or "claimed" or "claiming" or "grabbed"
                || verb.Text is "with" && At(tokens, index - 2) is { Kind: TokenKind.Word, Text: "finished" or "finishing" or "finishes" or "ended" });

    /// <summary>
    /// "opened at 4.4150/4200": a dealer's bid and offer, the offer written with only its last digits, each said as
    /// quoted ("four point four one five zero, four two zero zero"). Only a quote of three or more decimals with an offer
    /// of as many digits, so "6.5/9" stays a score out of nine.
    /// </summary>
    private string? BidOffer(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Number } bid || bid.Text.Split('.') is not [var whole, { Length: >= 3 } decimals]
            || !NumberText.IsPlain(whole) || !NumberText.IsPlain(decimals)
            || At(tokens, index + 1) is not { Text: "/", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Number, SpaceBefore: false } offer || offer.Text.Length != decimals.Length || !NumberText.IsPlain(offer.Text)
            || At(tokens, index + 3) is { Text: "/" } || DecimalWords.TryRead(numbers, bid.Text) is not { } bidWords)
        {
            return null;
        }
        return $"{bidWords} , {numbers.Digits(offer.Text)}";
    }

    /// <summary>Words after a fraction that make it a margin in racing ("won by 1/2 length"), never odds.</summary>
    private static readonly HashSet<string> MarginWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "length", "lengths", "len", "furlong", "furlongs", "mile", "miles", "neck", "head",
    };

    /// <summary>
    /// "the 9/2 favourite", "went off at 15/8" -> "nine to two": fractional odds in a sentence about racing, as bookmakers
    /// say them. A margin ("1/2 length") or the fraction of a mixed number ("1 1/2 lengths") stays a fraction.
    /// </summary>
    private string? RacingOdds(IReadOnlyList<Token> tokens, int index)
    {
        if (SlashPair(tokens, index) is not (var top and > 0, var bottom and > 0) || At(tokens, index - 1) is { Kind: TokenKind.Number }
            || At(tokens, index + 3) is { Kind: TokenKind.Word } after && MarginWords.Contains(after.Text)
            || !(RaceMeeting.TalksRacing(tokens, index) || top >= bottom && BracketedAfterHorse(tokens, index) || BettingPrice.IsPrice(tokens, index)))
        {
            return null;
        }
        // Odds against ("9/2") cannot be a part of anything; odds-on ("4/6") only with a price's own cue, so "ran 3/4 of
        // the course" stays a fraction.
        var oddsOn = BettingPrice.IsPrice(tokens, index) || At(tokens, index + 3) is { Kind: TokenKind.Word, Text: "on" or "fav" or "favourite" or "favorite" or "favourites" or "favorites" or "jf" or "f" }
            || At(tokens, index - 1) is { Text: "(" } && At(tokens, index + 3) is { Text: ")" };
        if (top < bottom && !oddsOn)
        {
            return null;
        }
        return $"{numbers.Cardinal(top)} to {numbers.Cardinal(bottom)}";
    }

    /// <summary>
    /// "the 2026/27 financial year", "for 2027/28" -> "twenty twenty-six twenty-seven": a year and the next one after a
    /// slash are a tax, school or fiscal year or a season, said side by side as such years are. Null otherwise.
    /// </summary>
    private string? SlashedSeason(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Number, Text.Length: 4 } first || !NumberText.IsPlain(first.Text)
            || At(tokens, index + 1) is not { Text: "/", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Number, SpaceBefore: false } second || !NumberText.IsPlain(second.Text) || second.Text.Length is not (2 or 4)
            || At(tokens, index + 3) is { Text: "/", SpaceBefore: false } || At(tokens, index - 1) is { Text: "/", SpaceBefore: false })
        {
            return null;
        }
        var year = int.Parse(first.Text, CultureInfo.InvariantCulture);
        var next = int.Parse(second.Text, CultureInfo.InvariantCulture);
        var following = second.Text.Length == 2 ? next == (year + 1) % 100 : next == year + 1;
        if (year is < 1900 or > 2099 || !following)
        {
            return null;
        }
        return SeasonPass.SideBySide(numbers, year);
    }

    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>The numerator and denominator of a plain "N/M" at <paramref name="index"/>, or null.</summary>
    /// <summary>
    /// "Red Rum 11/4f", "Sea Bird 5/2jf": a starting price with the favourite's mark joined to it, after a horse's name or
    /// in a sentence about racing -> "eleven to four favourite", "five to two joint favourite".
    /// </summary>
    private string? FavouritesPrice(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Number } top || !NumberText.IsPlain(top.Text) || top.Text.Length > 3
            || At(tokens, index + 1) is not { Text: "/", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Number, SpaceBefore: false } marked || NumberText.Split(marked.Text) is not (var bottom, var mark and ("f" or "F" or "jf" or "JF"))
            || !NumberText.IsPlain(bottom) || bottom.Length > 3
            || !(RaceMeeting.TalksRacing(tokens, index) || At(tokens, index - 1) is { Kind: TokenKind.Word } horse && char.IsUpper(horse.Text[0])))
        {
            return null;
        }
        var price = $"{numbers.Cardinal(int.Parse(top.Text, CultureInfo.InvariantCulture))} to {numbers.Cardinal(int.Parse(bottom, CultureInfo.InvariantCulture))}";
        return mark.Length == 1 ? $"{price} favourite" : $"{price} joint favourite";
    }

    /// <summary>
    /// "Lotto 6/49", "Pick 5/39": a slashed pair right after a capitalised name, with a denominator no fraction is
    /// written over (above sixteen and none of 32, 64 or 100) and nothing counted after it, is part of the name, said as
    /// its two numbers, "six forty-nine"; "Lotto 1/4 of the pot" stays a fraction.
    /// </summary>
    private string? NamedPair(IReadOnlyList<Token> tokens, int index)
    {
        if (SlashPair(tokens, index) is not (var top and > 0, var bottom and > 16) || UsualDenominators.Contains(bottom) || top >= bottom
            || At(tokens, index - 1) is not { Kind: TokenKind.Word } name || !char.IsUpper(name.Text[0]) || !name.Text.Skip(1).All(char.IsLower)
            || At(tokens, index + 3) is { Kind: TokenKind.Word, Text: "of" or "th" or "ths" or "st" or "nd" or "rd" } or { Text: "%" })
        {
            return null;
        }
        return $"{numbers.Cardinal(top)} {numbers.Cardinal(bottom)}";
    }

    private static (int Top, int Bottom)? SlashPair(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Number } top || !NumberText.IsPlain(top.Text) || top.Text.Length > 3
            || At(tokens, index + 1) is not { Text: "/", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Number, SpaceBefore: false } bottom || !NumberText.IsPlain(bottom.Text) || bottom.Text.Length > 3
            || At(tokens, index + 3) is { Text: "/", SpaceBefore: false } || At(tokens, index - 1) is { Text: "/", SpaceBefore: false })
        {
            return null;
        }
        return (int.Parse(top.Text, CultureInfo.InvariantCulture), int.Parse(bottom.Text, CultureInfo.InvariantCulture));
    }

    /// <summary>Words beside a score out of a scale: "a 9/10 rating", "rated 4/5".</summary>
    private static readonly HashSet<string> ScoreWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "rating", "ratings", "score", "scores", "review", "verdict", "rated", "scored", "scoring", "marks", "mark",
    };

    /// <summary>
    /// "a 9/10 rating", "rated 4/5" -> "nine out of ten": a score on a scale of 5, 10, 20 or 100 beside a word of rating.
    /// Null otherwise ("3/10 of a mile" stays a fraction).
    /// </summary>
    private string? ScoreOutOf(IReadOnlyList<Token> tokens, int index)
    {
        if (SlashPair(tokens, index) is not (var top, var bottom and (5 or 10 or 20 or 100)) || top > bottom
            || !(At(tokens, index + 3) is { Kind: TokenKind.Word } after && ScoreWords.Contains(after.Text)
                || At(tokens, index - 1) is { Kind: TokenKind.Word } before && ScoreWords.Contains(before.Text)
                || At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "it" or "them" or "him" or "her" } && At(tokens, index - 2) is { Kind: TokenKind.Word } verb && ScoreWords.Contains(verb.Text)))
        {
            return null;
        }
        return $"{numbers.Cardinal(top)} out of {numbers.Cardinal(bottom)}";
    }

    /// <summary>
    /// "quoting reference 0345 of 14/12" -> "of the fourteenth of December": a day over twelve before a month, after a
    /// word that introduces a date, is a British day-first date (as a fraction it would be improper nonsense).
    /// </summary>
    private string? DayFirstDate(IReadOnlyList<Token> tokens, int index)
    {
        if (SlashPair(tokens, index) is not (var day and >= 13 and <= 31, var month and >= 1 and <= 12)
            || At(tokens, index - 1) is not { Kind: TokenKind.Word, Text: "of" or "on" or "from" or "until" or "till" or "since" or "dated" or "by" })
        {
            return null;
        }
        return $"the {numbers.Ordinal(day)} of {MonthNames[month - 1]}";
    }

    /// <summary>
    /// "1. Silver Quill (9/2), 2. Harbour Mist (7/1)": odds against in brackets right after a name of two or more capitalised
    /// words, in a results line whose runners are numbered: a place before the name, or the next runner's place right
    /// after the brackets. A date in brackets after a name ("The Open Day (12/5) and Fun Run (13/5)") has neither.
    /// </summary>
    private static bool BracketedAfterHorse(IReadOnlyList<Token> tokens, int index)
    {
        if (At(tokens, index - 1) is not { Text: "(" } || At(tokens, index + 3) is not { Text: ")" }
            || At(tokens, index - 2) is not { Kind: TokenKind.Word } last || !char.IsUpper(last.Text[0])
            || At(tokens, index - 3) is not { Kind: TokenKind.Word } first || !char.IsUpper(first.Text[0]))
        {
            return false;
        }
        return At(tokens, index - 4) is { Text: "." } && At(tokens, index - 5) is { Kind: TokenKind.Number }
            || At(tokens, index - 5) is { Text: "." } && At(tokens, index - 6) is { Kind: TokenKind.Number }
            || At(tokens, index + 4) is { Text: "," } && At(tokens, index + 5) is { Kind: TokenKind.Number } && At(tokens, index + 6) is { Text: "." };
    }

    /// <summary>Words after which "44/58" is a place in a run: "lap 44/58", "hole 7/18", "stage 3/21", "game 2/7".</summary>
    private static readonly HashSet<string> RunWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "lap", "hole", "stage", "round", "game", "day", "question", "step", "part", "episode", "match", "leg", "level", "chapter", "race", "week",
    };

    /// <summary>
    /// "lap 44/58" -> "forty-four of fifty-eight": after a word naming one of a run, a smaller number over a larger one is
    /// a place in it, never a fraction. Null otherwise.
    /// </summary>
    private string? PlaceOutOf(IReadOnlyList<Token> tokens, int index)
    {
        if (At(tokens, index - 1) is not { Kind: TokenKind.Word } runWord || !RunWords.Contains(runWord.Text) || SlashPair(tokens, index) is not (var at, var of))
        {
            return null;
        }
        return at >= 1 && at <= of ? $"{numbers.Cardinal(at)} of {numbers.Cardinal(of)}" : null;
    }

    /// <summary>
    /// "airs at 9/8c" -> "nine, eight central": a US listing's Eastern and Central hour, the second one less and marked
    /// "c". Null when it is not that shape.
    /// </summary>
    private string? TelevisionTime(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Number } eastern || !NumberText.IsPlain(eastern.Text) || eastern.Text.Length > 2
            || At(tokens, index + 1) is not { Text: "/", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Number, SpaceBefore: false } central
            || NumberText.Split(central.Text) is not (var centralDigits, "c" or "C") || !NumberText.IsPlain(centralDigits) || centralDigits.Length > 2)
        {
            return null;
        }
        var east = int.Parse(eastern.Text, CultureInfo.InvariantCulture);
        var middle = int.Parse(centralDigits, CultureInfo.InvariantCulture);
        return east is >= 1 and <= 12 && (middle == east - 1 || (east == 1 && middle == 12))
            ? $"{numbers.Cardinal(east)}, {numbers.Cardinal(middle)} central"
            : null;
    }

    /// <summary>
    /// "finishing on 6.5/9", "rated 4.5/5" -> "six point five out of nine": a decimal over a whole number is a score
    /// out of a total, never a fraction (nobody writes "6.5 ninths"). Null when it is not that shape.
    /// </summary>
    private string? DecimalOutOf(IReadOnlyList<Token> tokens, int index)
    {
        // A score has a short decimal and a small total; "10.1007/978-3-319" is a DOI, glued on past the total.
        if (tokens[index] is not { Kind: TokenKind.Number } score || score.Text.Split('.') is not [{ Length: >= 1 and <= 3 }, { Length: 1 or 2 }]
            || score.Text.Contains(',', StringComparison.Ordinal)
            || At(tokens, index + 1) is not { Text: "/", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Number, SpaceBefore: false } total || !NumberText.IsPlain(total.Text) || total.Text.Length > 3
            || At(tokens, index + 3) is { SpaceBefore: false, Kind: not TokenKind.Punctuation } or { SpaceBefore: false, Text: "/" or "-" or "." or "_" } && At(tokens, index + 4) is { SpaceBefore: false }
            || At(tokens, index - 1) is { Text: "/" }
            || DecimalWords.TryRead(numbers, score.Text) is not { } scoreWords)
        {
            return null;
        }
        return $"{scoreWords} out of {numbers.Cardinal(long.Parse(total.Text, CultureInfo.InvariantCulture))}";
    }

    /// <summary>Adds a unit that follows ("lbs" -> "pounds") and builds the spoken token.</summary>
    private static int Finish(IReadOnlyList<Token> tokens, int index, int count, string words, bool many, out Token replacement)
    {
        if (words.StartsWith("a ", StringComparison.Ordinal) && At(tokens, index - 1) is { Kind: TokenKind.Word } before && ArticleWords.Contains(before.Text))
        {
            // "A 1/2 cup", "the other 1/2": a word before already does the article's job, so "half", not "a a half".
            words = words[2..];
        }
        else if (words == "a half" && At(tokens, index + count) is { Kind: TokenKind.Word, Text: "a" or "an" })
        {
            // "½ a point", "1/2 an hour": the article after the fraction is the one said, "half a point".
            words = "half";
        }
        var partOfOne = many && !words.Contains(" and ", StringComparison.Ordinal) && IsProper(tokens, index);
        if (MeasurePass.IsInchWithPeriod(tokens, index + count))
        {
            // "1/8 in. thick" -> "one eighth of an inch thick"; "1 1/2 in." -> "one and a half inches".
            words += words.Contains(" and ", StringComparison.Ordinal) ? " inches" : " of an inch";
            replacement = Spoken(tokens, index, count + 2, words);
            return count + 2;
        }
        if (partOfOne && At(tokens, index + count) is { Kind: TokenKind.Word, SpaceBefore: true } measure
            && (Units.Read(measure.Text, one: true, glued: true) ?? (MeasureNouns.Contains(measure.Text) ? measure.Text : null)) is { } single)
        {
            // "2/3 cup" -> "two thirds of a cup": part of one unit, which stays singular.
            words += $" of {(single[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a")} {single}";
            count++;
        }
        else if (At(tokens, index + count) is { Kind: TokenKind.Word } unit && Units.Read(unit.Text, one: !many, glued: !unit.SpaceBefore) is { } unitWords)
        {
            words += " " + unitWords;
            count++;
        }
        replacement = Spoken(tokens, index, count, words);
        return count;
    }

    /// <summary>Words that already do an article's job before a fraction: any determiner, and "other", "first"...</summary>
    private static readonly HashSet<string> ArticleWords = new(Determiners.Words.Concat(["other", "my", "first", "second", "last", "one"]), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> MeasureNouns = new(StringComparer.Ordinal)
    {
        "cup", "teaspoon", "tablespoon", "mile", "inch", "pound", "ounce", "hour", "gallon", "acre", "foot", "yard", "quart",
        "pint", "liter", "meter", "kilometer", "second", "minute", "day", "week", "month", "year", "point", "percent",
    };

    /// <summary>Whether the fraction at <paramref name="index"/> is less than one ("2/3", "¾"): only a part of one takes "of a".</summary>
    private static bool IsProper(IReadOnlyList<Token> tokens, int index)
    {
        if (Glyphs.ContainsKey(tokens[index].Text))
        {
            return true;
        }
        return At(tokens, index + 2) is { Kind: TokenKind.Number } below
            && long.TryParse(tokens[index].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var top)
            && long.TryParse(NumberText.Split(below.Text).Digits, NumberStyles.None, CultureInfo.InvariantCulture, out var bottom) && top < bottom;
    }

    /// <summary>
    /// Reads a fraction at <paramref name="index"/>: a glyph ("½") or "n/d". After a whole number the glyph is glued
    /// ("2½") and "n/d" is spaced ("2 1/2"); then a numerator of one reads "a half", not "one half".
    /// </summary>
    private bool TryFraction(IReadOnlyList<Token> tokens, int index, bool requireSpace, out string words, out int count)
    {
        words = "";
        count = 0;
        if (At(tokens, index) is not { } start)
        {
            return false;
        }
        if (Glyphs.TryGetValue(start.Text, out var glyph) && (!requireSpace || !start.SpaceBefore))
        {
            words = Read(glyph.Numerator, glyph.Denominator, afterWhole: requireSpace);
            count = 1;
            return true;
        }
        if (start.Kind != TokenKind.Number || (requireSpace && !start.SpaceBefore) || !NumberText.IsPlain(start.Text)
            || At(tokens, index + 1) is not { Text: "/", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Number, SpaceBefore: false } below)
        {
            return false;
        }
        var (belowDigits, belowSuffix) = NumberText.Split(below.Text);
        if (!NumberText.IsPlain(belowDigits) || belowSuffix is not ("" or "th" or "rd" or "nd" or "st" or "ths" or "rds" or "nds")
            || At(tokens, index + 3) is { Text: "/" } || (index > 0 && At(tokens, index - 1) is { Text: "/" }))
        {
            // "1/2/2020" is a date, "123/261788/2021" a serial.
            return false;
        }
        if (start.Text.Length > 9 || belowDigits.Length > 9)
        {
            return false;
        }
        var numerator = long.Parse(start.Text, CultureInfo.InvariantCulture);
        var denominator = long.Parse(belowDigits, CultureInfo.InvariantCulture);
        var dateLike = numerator is >= 1 and <= 12 && denominator is >= 1 and <= 31;
        if (denominator < 2 || (dateLike && !UsualDenominators.Contains(denominator)))
        {
            return false;
        }
        words = Read(numerator, denominator, afterWhole: requireSpace);
        count = 3;
        return true;
    }

    private string Read(long numerator, long denominator, bool afterWhole)
    {
        var many = numerator != 1;
        var name = denominator switch
        {
            2 => many ? "halves" : "half",
            4 => many ? "quarters" : "quarter",
            _ => many ? Plural(numbers.Ordinal(denominator)) : numbers.Ordinal(denominator),
        };
        // "two and a half", "one and an eighth": the article agrees with the sound of the name.
        var count = !many && (afterWhole || denominator == 2) ? ("aeiou".Contains(name[0]) ? "an" : "a") : numbers.Cardinal(numerator);
        return $"{count} {name}";
    }

    private static string Plural(string ordinal) => ordinal + "s";
}
