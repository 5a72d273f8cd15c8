using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A month abbreviation with its period but no day: "fell in Nov., the lowest since Sept." -> "November",
/// "September". The date pass reads "Nov. 3"; this one takes the month alone, but only after a word that
/// introduces a time ("in", "since", "last"...) or compares with one ("over", "than"), so a capitalised "Jan." that is
/// a name's short form stays.
/// </summary>
internal sealed class MonthAbbreviationPass : TokenPass
{
    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "until", "till", "by", "of", "from", "through", "last", "next", "early", "mid", "late", "and", "or", "to",
        "between", "before", "after", "during", "this", "that", "each", "every",
        // A comparison with a month: "a 14% rise over Sept.", "higher than Oct.".
        "over", "than",
        // A let's or a job's start: "available Feb.", "due Mar.", "starting Jan.".
        "available", "due", "starting", "effective", "expires", "expiring",
    };

    /// <summary>Lowercase words after a dotted month that do not show it modifies a noun ("Dr. Jan. and her son" has no month).</summary>
    private static readonly HashSet<string> NotNouns = new(StringComparer.Ordinal) { "and", "or", "the", "a", "an", "said", "says", "who", "is", "was" };

    public override string Name => "date";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (UndottedPair(tokens, index) is { } paired)
        {
            replacement = Spoken(tokens, index, 1, paired);
            return 1;
        }
        if (tokens[index] is { Kind: TokenKind.Word } traded && ShortMonth(traded.Text) is { } tradedMonth
            && (At(tokens, index + 1) is { Kind: TokenKind.Word } trade && TradeWords.Contains(trade.Text)
                || ApostropheYearFollows(tokens, index + 1)))
        {
            // "wheat for Nov delivery", "rego Jul '27": an undotted month before a trade's delivery word or an
            // apostrophe year, where no name or word stands.
            replacement = Spoken(tokens, index, 1, tradedMonth);
            return 1;
        }
        if (tokens[index] is { Kind: TokenKind.Word } expiring && ShortMonth(expiring.Text) is { } expiryMonth
            && At(tokens, index - 1) is { Kind: TokenKind.Word or TokenKind.Spoken } label && ExpiryLabels.Contains(label.Text)
            && At(tokens, index + 1) is null or { Kind: TokenKind.Punctuation, Text: "," or ";" or "." or ")" } or { Kind: TokenKind.Spoken, Class: "year" })
        {
            // "MOT Oct, £8,995", "rego Mar": after a vehicle's test, tax or registration label, a month ending its item
            // is when that label runs out; "Mar", "Jun" and "May" are no names there.
            replacement = Spoken(tokens, index, 1, expiryMonth);
            return 1;
        }
        if (tokens[index] is { Kind: TokenKind.Word, Text: "Jan" or "Feb" or "Apr" or "Aug" or "Sept" or "Oct" or "Nov" or "Dec" } bare
            && At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "in" or "since" or "until" or "by" or "from" or "last" or "next" or "early" or "late" or "mid" }
            && At(tokens, index + 1) is null or { Kind: TokenKind.Punctuation, Text: "," or ";" or "." or ")" } or { Kind: TokenKind.Spoken, Class: "year" }
            && Abbreviations.Months.TryGetValue(bare.Text, out var bareMonth))
        {
            // "will visit Knock in Aug, the Vatican said": an undotted month after a word of time, ending its phrase. Only
            // the abbreviations that are no first name or word ("Jun", "Mar" and "May" are left alone).
            replacement = Spoken(tokens, index, 1, bareMonth);
            return 1;
        }
        if (tokens[index] is not { Kind: TokenKind.Word } word || word.Text.Length is < 3 or > 4 || !char.IsUpper(word.Text[0])
            || !Abbreviations.Months.TryGetValue(word.Text, out var month) || month.Length == word.Text.Length
            || At(tokens, index + 1) is not { Kind: TokenKind.Punctuation, Text: ".", SpaceBefore: false }
            || !(At(tokens, index - 1) is { Kind: TokenKind.Word } before && (TimeWords.Contains(before.Text) || DeliveryBases.Contains(before.Text))
                // "The Jan. jobs report", "Oct. sales rose": before a lowercase noun the dotted month modifies it; no
                // name or other word takes a period there.
                || At(tokens, index + 2) is { Kind: TokenKind.Word } noun && noun.Text.All(char.IsAsciiLetterLower) && !NotNouns.Contains(noun.Text)))
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 2, month);
        return 2;
    }

    /// <summary>A car listing's labels of what runs out in a month: the road test ("MOT", "WOF", "NCT"), tax, registration.</summary>
    private static readonly HashSet<string> ExpiryLabels = new(StringComparer.Ordinal)
    {
        "MOT", "MoT", "NCT", "WOF", "WoF", "COF", "CoF", "tax", "Tax", "TAX", "taxed", "rego", "Rego", "REGO", "reg", "Reg",
    };

    /// <summary>
    /// Where a commodity's price is quoted, before the month it is quoted for: "feed wheat ex-farm Nov. was quoted", "canola
    /// delivered Mar.", "barley FOB Jan.". A dotted month after one is that month, whatever word follows.
    /// </summary>
    private static readonly HashSet<string> DeliveryBases = new(StringComparer.OrdinalIgnoreCase)
    {
        "ex-farm", "ex-works", "ex-store", "ex-silo", "ex-mill", "ex-port", "delivered", "FOB", "CIF", "spot", "forward",
    };

    /// <summary>Commodity and shipping words that a month names the date of ("Nov delivery", "Mar futures").</summary>
    private static readonly HashSet<string> TradeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "delivery", "deliveries", "shipment", "shipments", "contract", "contracts", "futures", "loading", "settlement", "expiry",
    };

    /// <summary>"'27", "’27": a year shortened with an apostrophe, as one token or as the mark and two digits.</summary>
    private static bool ApostropheYearFollows(IReadOnlyList<Token> tokens, int at) =>
        At(tokens, at) is { SpaceBefore: true } mark
        && (mark.Text.Length == 3 && mark.Text[0] is '\'' or '\u2019' && mark.Text[1..].All(char.IsAsciiDigit)
            || mark.Text is "'" or "\u2019" && At(tokens, at + 1) is { Kind: TokenKind.Number, SpaceBefore: false, Text.Length: 2 } year && year.Text.All(char.IsAsciiDigit));

    /// <summary>Words that join two months into a span or a pair.</summary>
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "and", "or", "to", "through", "until", "till" };

    /// <summary>
    /// "between Jan and Mar", "from Sept to Nov", "Jan-Mar": undotted month abbreviations name each other when two are
    /// joined, so neither is a name ("Jan Ortiz and Mar Lopez" join names, not months). Null otherwise.
    /// </summary>
    private static string? UndottedPair(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Word } word || At(tokens, index + 1) is { Text: ".", SpaceBefore: false })
        {
            return null;
        }
        var dashed = word.Text.Split('-', '\u2013');
        if (dashed.Length == 2 && ShortMonth(dashed[0]) is { } from && ShortMonth(dashed[1]) is { } to)
        {
            return $"{from} to {to}";
        }
        if (ShortMonth(word.Text) is not { } month)
        {
            return null;
        }
        var joinsNext = At(tokens, index + 1) is { Kind: TokenKind.Word } after && Joiners.Contains(after.Text)
            && At(tokens, index + 2) is { Kind: TokenKind.Word } other && ShortMonth(other.Text) is not null;
        var joinsPrevious = At(tokens, index - 1) is { Kind: TokenKind.Word } before && Joiners.Contains(before.Text)
            && At(tokens, index - 2) is { Kind: TokenKind.Word } first && ShortMonth(first.Text) is not null;
        return joinsNext || joinsPrevious ? month : null;
    }

    /// <summary>The month an undotted abbreviation names ("Jan", "Sept"), or null for a full name or any other word.</summary>
    private static string? ShortMonth(string text) =>
        text.Length is >= 3 and <= 4 && char.IsUpper(text[0]) && Abbreviations.Months.TryGetValue(text, out var month) && month.Length != text.Length ? month : null;
}
