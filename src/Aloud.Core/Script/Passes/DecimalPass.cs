using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Decimals the cardinal pass cannot see: a leading point (".5" -> "point five", ".1 trillion") and an abbreviated
/// scale glued to the number ("1.5B" -> "one point five billion", "300M" -> "three hundred million").
/// </summary>
internal sealed class DecimalPass(INumberWords numbers) : TokenPass
{
    private static readonly Dictionary<string, string> Scales = new(StringComparer.Ordinal)
    {
        ["M"] = "million",
        ["bn"] = "billion",
        ["B"] = "billion",
        ["tn"] = "trillion",
        ["T"] = "trillion",
    };

    /// <summary>Scale abbreviations written apart from the number; only those that are no English word.</summary>
    private static readonly Dictionary<string, string> SpacedScales = new(StringComparer.Ordinal)
    {
        ["bn"] = "billion",
        ["bln"] = "billion",
        ["mn"] = "million",
        ["mln"] = "million",
        ["tn"] = "trillion",
        ["trn"] = "trillion",
    };

    /// <summary>Words before a seat, gate or exit number: "Exit 42B", "Gate 14B" are labels, not billions.</summary>
    private static readonly HashSet<string> LabelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "exit", "gate", "seat", "row", "room", "apartment", "apt", "suite", "unit", "platform", "terminal", "pier",
        "bay", "lot", "level", "floor", "box", "locker", "berth", "building", "block", "flat", "ward", "bed", "track",
        "lane", "concourse", "hangar", "dock", "stand", "section", "aisle", "cabin", "deck", "court", "route", "form",
        "schedule", "chapter", "article", "rule", "part", "figure", "table", "page", "grade", "no", "number", "flight",
        "train", "bus", "highway", "hwy", "interstate", "district", "precinct", "zone", "area", "phase", "stage",
        "type", "class", "size", "line", "ste", "rm", "bldg", "courtroom", "classroom", "studio", "hall", "wing", "office", "post",
        // Agendas, papers and ballots: "Item 7B", "Question 3B", "Appendix 2A", "Measure 4B".
        "item", "question", "appendix", "annex", "clause", "paragraph", "amendment", "measure", "proposition", "prop", "exhibit",
    };

    /// <summary>Words of magnetic fields, beside which a glued "T" is tesla, not trillion.</summary>
    private static readonly HashSet<string> MagnetWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "MRI", "scanner", "scanners", "scan", "scans", "magnet", "magnets", "magnetic", "field", "NMR",
    };

    public override string Name => "decimal";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var token = tokens[index];
        if (token.IsPunctuation(".") && At(tokens, index + 1) is { Kind: TokenKind.Number, SpaceBefore: false } fraction && NumberText.IsPlain(fraction.Text)
            && (index == 0 || token.SpaceBefore || At(tokens, index - 1) is { Kind: TokenKind.Punctuation or TokenKind.Symbol }))
        {
            // Not "end.5" (a sentence run into a number): only a point that starts a number.
            var spoken = CaliberOrAverage(tokens, index, fraction.Text) ?? "point " + NumberText.DigitByDigit(numbers, fraction.Text);
            replacement = Spoken(tokens, index, 2, spoken);
            return 2;
        }
        if (token.Kind != TokenKind.Number)
        {
            return 0;
        }
        var (digits, suffix) = NumberText.Split(token.Text);
        if (suffix.Length == 0 && At(tokens, index + 1) is { Kind: TokenKind.Word, SpaceBefore: true } spaced
            && SpacedScales.TryGetValue(spaced.Text, out var spacedScale) && DecimalWords.TryRead(numbers, digits) is { } spacedAmount)
        {
            // "2.1 bn euros": the abbreviation as a word of its own.
            replacement = Spoken(tokens, index, 2, $"{spacedAmount} {spacedScale}");
            return 2;
        }
        if (suffix == "T" && NearbyWords.Any(tokens, index, MagnetWords) && DecimalWords.TryRead(numbers, digits) is { } fieldStrength)
        {
            // "a 3T machine", "1.5T MRI": beside a scanner or a magnet "T" is the tesla, a field's strength.
            replacement = Spoken(tokens, index, 1, $"{fieldStrength} tesla");
            return 1;
        }
        if (!Scales.TryGetValue(suffix, out var scale) || DecimalWords.TryRead(numbers, digits) is not { } amount
            || IsLabel(tokens, index, digits))
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 1, $"{amount} {scale}");
        return 1;
    }

    private static readonly HashSet<string> AverageWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "hitting", "hit", "hits", "batting", "batted", "bats", "average", "avg", "slugging", "percentage", "OBP", "shooting", "shot",
    };

    /// <summary>
    /// Words after a three-digit rate that make it a sport's average or percentage: "a .931 save percentage", "a .500
    /// team", "his .405 on-base percentage", "a .614 winning percentage".
    /// </summary>
    private static readonly HashSet<string> RateFollowers = new(StringComparer.OrdinalIgnoreCase)
    {
        "batting", "average", "slugging", "on-base", "save", "winning", "team", "club", "ball", "record", "mark", "clip",
        "OPS", "OBP", "free-throw", "field-goal", "three-point",
    };

    /// <summary>
    /// A gun's caliber (".38-caliber", ".357 Magnum" -> "thirty-eight", "three fifty-seven") or a batting average
    /// ("hitting .312" -> "three twelve"), said as whole numbers as everyone says them; null for any other decimal.
    /// </summary>
    private string? CaliberOrAverage(IReadOnlyList<Token> tokens, int index, string digits)
    {
        if (digits.Length is not (2 or 3) || digits[0] == '0' && digits.Length == 2)
        {
            return null;
        }
        var after = At(tokens, index + 2);
        var caliber = (after is { Kind: TokenKind.Punctuation, Text: "-", SpaceBefore: false } && At(tokens, index + 3) is { Kind: TokenKind.Word, Text: "caliber" or "calibre" })
            || after is { Kind: TokenKind.Word, Text: "caliber" or "calibre" or "Magnum" or "magnum" or "ACP" or "Special" or "rifle" or "pistol" or "revolver" };
        var average = digits.Length == 3
            && (Enumerable.Range(1, 3).Any(k => At(tokens, index - k) is { Kind: TokenKind.Word } word && AverageWords.Contains(word.Text))
                || At(tokens, index + 2) is { Kind: TokenKind.Word } next && RateFollowers.Contains(next.Text)
                // "two games above .500": a record at even.
                || digits == "500" && At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "above" or "below" or "under" or "over" or "at" });
        if (!caliber && !average)
        {
            return null;
        }
        var value = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        if (digits.Length == 2 || value % 100 == 0)
        {
            return numbers.Cardinal(value);
        }
        return value < 100 ? $"oh {NumberText.PairTail(numbers, value)}" : NumberText.Pairs(numbers, digits);
    }

    /// <summary>
    /// Whether a whole number with a scale letter names a place or a form rather than an amount: after a label word
    /// ("Exit 42B", "No. 4B", "Schedule 13D"), a one-letter scale on a whole number of at most three digits is
    /// the letter itself. Left alone here, the model pass reads it "forty-two B".
    /// </summary>
    private static bool IsLabel(IReadOnlyList<Token> tokens, int index, string digits)
    {
        if (digits.Contains('.') || digits.Length > 3 || tokens[index].Text.Length - digits.Length != 1)
        {
            return false;
        }
        // "Exit 42B" or "No. 4B": the word before, past an abbreviation's point.
        var before = At(tokens, index - 1) is { Kind: TokenKind.Punctuation, Text: "." } ? At(tokens, index - 2) : At(tokens, index - 1);
        // "a lot code that begins with 24B": the start of a code, read by the reference pass.
        if (before is { Kind: TokenKind.Word } word && LabelWords.Contains(word.Text) || ReferenceNumberPass.CodeEndBefore(tokens, index))
        {
            return true;
        }
        // "Sections 302 and 120B", "Exits 12, 14 and 15A": a label listed with others after their plural label word.
        for (var k = index - 1; k >= Math.Max(0, index - 8); k--)
        {
            var token = tokens[k];
            if (token.Kind is TokenKind.Number || token is { Text: "," or "and" or "or" or "&" } || token.Kind == TokenKind.Spoken)
            {
                continue;
            }
            return k < index - 2 && token is { Kind: TokenKind.Word } plural && plural.Text.Length > 2 && plural.Text.EndsWith('s')
                && LabelWords.Contains(plural.Text[..^1]);
        }
        return false;
    }
}
