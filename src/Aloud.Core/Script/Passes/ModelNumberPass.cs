using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Three-digit model numbers right after a name are read in pairs, as people say them: "Boeing 737" -> "Boeing seven
/// thirty-seven", "Porsche 911" -> "Porsche nine eleven", "the Vantor 208 hatchback" -> "two oh eight". The model is
/// found by shape and context, not by a list of makers: a capitalised name (not a sentence's first word before a
/// lowercase word, not a function word or a month) directly before three digits that are not round ("Fiat 500",
/// "Fortune 500" stay counts), not followed by a plural noun ("Boeing 300 jobs" is a count) and not an agate score
/// ("Duke 102, Clemson 98", "Duke 102-98", "Boston 118, Milwaukee 109"), nor after a plural name ("the Conservatives
/// 121", a party's seats). "737 MAX" is a model after any word.
/// </summary>
internal sealed class ModelNumberPass(INumberWords numbers) : TokenPass
{
    public override string Name => "model";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index].Kind == TokenKind.Number && tokens[index].Text.Length == 3
            && (NearbyWords.Any(tokens, index, RangePass.CricketWordSet) || NearbyWords.AnyOther(tokens, index, k => RangePass.IsDeclaration(tokens[k]) || CricketScorecardPass.EndsMarginInRuns(tokens, k))))
        {
            // "Pakistan 312-7 (50 overs) beat Sri Lanka 298", "Glamorgan 402-8 dec (K Rees 144)": a cricket total or score
            // after a team's or batter's name, not a model.
            return 0;
        }
        if (MachineModel(tokens, index) is { } machine)
        {
            replacement = Spoken(tokens, index, 1, machine);
            return 1;
        }
        if (InitialsModel(tokens, index) is { } initialsModel)
        {
            replacement = Spoken(tokens, index, 3, initialsModel);
            return 3;
        }
        if (Variant(tokens, index) is { } variant)
        {
            // "Boeing 787-9": a model and its variant, never a span from 787 down to 9.
            replacement = Spoken(tokens, index, 3, $"{NumberText.Pairs(numbers, tokens[index].Text)} {variant}");
            return 3;
        }
        if (tokens[index] is not { Kind: TokenKind.Number, Text.Length: 3 } model || !NumberText.IsPlain(model.Text) || model.Text[0] == '0'
            || !(FollowsName(tokens, index) || At(tokens, index + 1) is { Text: "MAX" or "Max" })
            || At(tokens, index + 1) is { Kind: TokenKind.Word } next && char.IsLower(next.Text[0]) && LooksPlural(next.Text))
        {
            // "Boeing 400 jobs" is a count; "The Boeing 737 was" is a model.
            return 0;
        }
        replacement = Spoken(tokens, index, 1, NumberText.Pairs(numbers, model.Text));
        return 1;
    }

    /// <summary>
    /// The variant of a three-digit model after a name, glued by a dash: one digit ("787-9"). An agate score's loser
    /// never has one digit against a three-digit winner; a round hundred above the model is a series ("737-800").
    /// </summary>
    private string? Variant(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Number, Text.Length: 3, SpaceBefore: true } model || !NumberText.IsPlain(model.Text) || model.Text[0] == '0'
            || model.Text.EndsWith("00", StringComparison.Ordinal)
            || At(tokens, index - 1) is not { Kind: TokenKind.Word } name || !char.IsAsciiLetterUpper(name.Text[0]) || !name.Text.All(char.IsAsciiLetter)
            || CommonWords.Contains(name.Text) || Abbreviations.Months.ContainsKey(name.Text) || Abbreviations.IsWeekday(name.Text)
            || At(tokens, index + 1) is not { Text: "-", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Number, SpaceBefore: false } variant || !NumberText.IsPlain(variant.Text)
            || At(tokens, index + 3) is { Text: "-" or "–" })
        {
            return null;
        }
        if (variant.Text.Length == 1 && variant.Text[0] != '0')
        {
            return numbers.Cardinal(variant.Text[0] - '0');
        }
        // "Boeing 737-800", "777-300": a round hundred after a model that is not round is its series. Not a score: a
        // score's winner comes first and is under three hundred ("112-100"); not a span after a plural that opens the
        // sentence ("Tickets 350-400").
        var series = variant.Text.Length == 3 && variant.Text.EndsWith("00", StringComparison.Ordinal) && variant.Text[0] != '0'
            && (string.CompareOrdinal(variant.Text, model.Text) > 0 || model.Text[0] >= '3') && !name.Text.EndsWith('s');
        return series ? numbers.Cardinal(int.Parse(variant.Text, System.Globalization.CultureInfo.InvariantCulture)) : null;
    }

    /// <summary>
    /// "2011 JCB 531-70 Loadall": a maker's initials, a three-digit model and a two-digit variant, before the model's name
    /// or after the year of a used machine, is one model ("five three one seventy"), never a span or a score.
    /// </summary>
    private string? InitialsModel(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Number, Text.Length: 3, SpaceBefore: true } model || !NumberText.IsPlain(model.Text)
            || At(tokens, index - 1) is not { Kind: TokenKind.Word } maker || maker.Text.Length is < 2 or > 5 || !maker.Text.All(char.IsAsciiLetterUpper)
            || At(tokens, index + 1) is not { Text: "-", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Number, Text.Length: 2, SpaceBefore: false } variant || !NumberText.IsPlain(variant.Text)
            || At(tokens, index + 3) is { Text: "-" or "–" })
        {
            return null;
        }
        var named = At(tokens, index + 3) is { Kind: TokenKind.Word } modelName && char.IsUpper(modelName.Text[0]) && modelName.Text.Skip(1).Any(char.IsLower);
        var dated = At(tokens, index - 2) is { Kind: TokenKind.Number, Text.Length: 4 } year && NumberText.IsPlain(year.Text) && year.Text[0] is '1' or '2';
        return named || dated ? $"{numbers.Digits(model.Text)} {numbers.Cardinal(int.Parse(variant.Text, System.Globalization.CultureInfo.InvariantCulture))}" : null;
    }

    /// <summary>Machines whose makers number their models in four digits: "a John Deere 4020 tractor", "a Ram 2500 pickup".</summary>
    private static readonly HashSet<string> Machines = new(StringComparer.OrdinalIgnoreCase)
    {
        "tractor", "tractors", "truck", "pickup", "ute", "combine", "header", "baler", "loader", "excavator", "digger", "mower", "van",
        "motorcycle", "motorbike", "bike", "chainsaw", "generator", "planter", "sprayer", "skidsteer", "forklift",
    };

    /// <summary>
    /// A four-digit model after a maker's or model's capitalised name, said in pairs as dealers say it: before the kind of
    /// machine it is ("John Deere 4020 tractor": "forty twenty") or with its letters glued on ("Silverado 2500HD":
    /// "twenty-five hundred H D"). Null otherwise (a year or a count after a name keeps its reading).
    /// </summary>
    private string? MachineModel(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Number, SpaceBefore: true } model || NumberText.Split(model.Text) is not ({ Length: 4 } digits, var letters)
            || !NumberText.IsPlain(digits) || digits[0] == '0' || letters.Length > 3 || !letters.All(char.IsAsciiLetterUpper)
            || At(tokens, index - 1) is not { Kind: TokenKind.Word } name || !char.IsAsciiLetterUpper(name.Text[0]) || CommonWords.Contains(name.Text)
            || Abbreviations.Months.ContainsKey(name.Text) || Abbreviations.IsWeekday(name.Text))
        {
            return null;
        }
        var machineFollows = At(tokens, index + 1) is { Kind: TokenKind.Word } kind && Machines.Contains(kind.Text);
        if (letters.Length == 0 && !machineFollows || letters.Length > 0 && !machineFollows && At(tokens, index + 1) is not (null or { Kind: TokenKind.Punctuation }))
        {
            return null;
        }
        var pairs = NumberText.Pairs(numbers, digits);
        return letters.Length == 0 ? pairs : $"{pairs} {string.Join(' ', letters.ToCharArray())}";
    }

    /// <summary>A plural noun's shape: more than three letters ending in one "s" ("jobs", not "was", "has", "plus", "does").</summary>
    private static bool LooksPlural(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
        && !word.EndsWith("is", StringComparison.Ordinal) && word is not ("does" or "goes");

    /// <summary>Whether the number at <paramref name="index"/> stands right after a name, in a place a count does not take.</summary>
    private static bool FollowsName(IReadOnlyList<Token> tokens, int index)
    {
        var number = tokens[index];
        if (number.Text.EndsWith("00", StringComparison.Ordinal) || !number.SpaceBefore
            || At(tokens, index - 1) is not { Kind: TokenKind.Word } name || !char.IsAsciiLetterUpper(name.Text[0]) || !name.Text.All(char.IsAsciiLetter)
            || CommonWords.Contains(name.Text) || Abbreviations.Months.ContainsKey(name.Text) || Abbreviations.IsWeekday(name.Text)
            // "the Conservatives 121 and the Liberal Democrats 72": a plural name is a party or team whose number is a count.
            || LooksPlural(name.Text)
            // "[2025] EWCA Crim 412": a neutral citation's number after the court's division is the case's count.
            || At(tokens, index - 2) is { Kind: TokenKind.Word } court && court.Text.All(char.IsAsciiLetterUpper) && At(tokens, index - 3) is { Text: "]" })
        {
            return false;
        }
        var next = At(tokens, index + 1);
        // "About 300 people": a sentence's first word before a count is not a name.
        if (index == 1 && next is { Kind: TokenKind.Word } word && char.IsLower(word.Text[0]))
        {
            return false;
        }
        // "Duke 102, Clemson 98", "Duke 102-98": scores in agate.
        // "England 312 & 188": a side's two innings.
        var score = next is { Text: "&" } && At(tokens, index + 2) is { Kind: TokenKind.Number }
            || next is { Text: "-" or "\u2013", SpaceBefore: false } && At(tokens, index + 2) is { Kind: TokenKind.Number }
            || next is { Text: "," } && At(tokens, index + 2) is { Kind: TokenKind.Word } team && char.IsUpper(team.Text[0])
                && (At(tokens, index + 3) is { Kind: TokenKind.Number } || At(tokens, index + 4) is { Kind: TokenKind.Number });
        return !score && !LosingSide(tokens, index);
    }

    /// <summary>
    /// "Boston 118, Milwaukee 109", "Golden State 97, L.A. Lakers 102", "Labour 1,318; Reform UK 906": the second side of
    /// an agate score or a result list, a name of up to four words after the first side's number and a comma or semicolon.
    /// </summary>
    private static bool LosingSide(IReadOnlyList<Token> tokens, int index)
    {
        for (var k = index - 1; k >= Math.Max(1, index - 6); k--)
        {
            if (tokens[k] is { Text: "," or ";" } && At(tokens, k - 1) is { Kind: TokenKind.Number })
            {
                return k < index - 1;
            }
            if (!(tokens[k] is { Kind: TokenKind.Word } part && char.IsUpper(part.Text[0]) || tokens[k] is { Text: "." }))
            {
                return false;
            }
        }
        return false;
    }
}
