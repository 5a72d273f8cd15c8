using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Short numbers people dial or text, read digit by digit as they are said: "call 911" -> "nine one one", "a 911
/// call", "911 dispatchers" (the emergency number is named by what is done with it; "911 boats" is a count, and the
/// Porsche 911 is left to the model pass), "dial 311", "the city's 311 line", and a text short code ("Text HOME to 741741" -> "seven four
/// one seven four one").
/// </summary>
internal sealed class ServiceNumberPass(INumberWords numbers) : TokenPass
{
    private static readonly HashSet<string> DialWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "call", "calls", "called", "calling", "dial", "dials", "dialed", "dialled", "dialing", "dialling", "text", "texted", "texting", "phone", "phoned",
        "ring", "rings", "rang", "ringing",
        // "can be contacted on 101": a service reached by telephone.
        "contact", "contacted", "contacting",
    };

    /// <summary>Verbs that reach the emergency number without dialling it ("contacted 911").</summary>
    private static readonly HashSet<string> ReachWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "reach", "reached", "reaching", "contact", "contacted", "contacting", "alert", "alerted", "alerting", "notify", "notified", "told", "tell", "via",
    };

    /// <summary>What follows the emergency number in news copy: "911 call", "911 dispatchers", "the 911 system".</summary>
    private static readonly HashSet<string> EmergencyNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "call", "calls", "caller", "callers", "dispatch", "dispatcher", "dispatchers", "operator", "operators", "center", "centers", "centre",
        "centres", "system", "systems", "line", "lines", "emergency", "emergencies", "service", "services", "recording", "recordings", "tape",
        "tapes", "hang-up", "hang-ups", "outage", "outages",
    };

    /// <summary>
    /// The emergency and public-service numbers of English-speaking countries, said digit by digit: 911 (North
    /// America), 999 and 111 (Britain), 112 (Europe, mobiles everywhere), 000 (Australia), 101 (British police), 988
    /// (the US crisis line). Each is a number only where it is dialled or named as a call (see the rules below).
    /// </summary>
    private static readonly HashSet<string> EmergencyNumbers = new(StringComparer.Ordinal) { "911", "999", "111", "112", "000", "101", "988" };

    /// <summary>What names an N11 line (311, 511...) as a service rather than a count.</summary>
    private static readonly HashSet<string> ServiceLineNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "line", "lines", "hotline", "system", "center", "centre", "app", "service", "operator", "operators", "number", "portal", "request",
        "requests", "complaint", "complaints", "data",
    };

    private static readonly HashSet<string> TextWords = new(StringComparer.OrdinalIgnoreCase) { "text", "texting", "texted", "txt", "SMS" };

    public override string Name => "telephone";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (IsShortCode(tokens, index, out var code))
        {
            replacement = Spoken(tokens, index, 3, code);
            return 3;
        }
        if (tokens[index] is not { Kind: TokenKind.Number } number || !NumberText.IsPlain(number.Text)
            || At(tokens, index + 1) is { Kind: TokenKind.Punctuation, Text: "-" or "/" or ":", SpaceBefore: false })
        {
            return 0;
        }
        var emergency = EmergencyNumbers.Contains(number.Text)
            && (At(tokens, index - 1) is { Kind: TokenKind.Word } before && (DialWords.Contains(before.Text) || ReachWords.Contains(before.Text))
                // "NHS 111 received 62,400 calls": the service named by its number.
                || At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "NHS" }
                || At(tokens, index + 1) is { Kind: TokenKind.Word } after && EmergencyNouns.Contains(after.Text)
                // "Call the 988 Suicide & Crisis Lifeline": the line's name after its number.
                || At(tokens, index + 1) is { Kind: TokenKind.Word } lineName && char.IsUpper(lineName.Text[0])
                    && Enumerable.Range(index + 1, 4).Any(k => At(tokens, k) is { Kind: TokenKind.Word } line && line.Text.ToLowerInvariant() is "lifeline" or "hotline" or "helpline")
                // "dial 999 or 112": a second emergency number joined to the first.
                || At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "or" or "and" } && At(tokens, index - 2) is { Kind: TokenKind.Number } first
                    && EmergencyNumbers.Contains(first.Text))
            // "called 112 witnesses", "phoned 999 voters": a plural noun after the number makes it a count.
            && !(At(tokens, index + 1) is { Kind: TokenKind.Word } counted && counted.Text.Length > 3 && counted.Text.EndsWith('s')
                && char.IsLower(counted.Text[0]) && !EmergencyNouns.Contains(counted.Text))
            // "reached 112 million streams": a scale after the number makes it a quantity.
            && At(tokens, index + 1) is not { Kind: TokenKind.Word, Text: "thousand" or "million" or "billion" or "trillion" or "percent" or "per" };
        var dialed = number.Text is ['2' or '3' or '4' or '5' or '6' or '7' or '8', '1', '1']
            && (At(tokens, index - 1) is { Kind: TokenKind.Word } verb && DialWords.Contains(verb.Text)
                // "HealthLine 811", "reached at 511": a line named by its number, or reached at it.
                || At(tokens, index - 1) is { Kind: TokenKind.Word } namedLine && namedLine.Text.EndsWith("Line", StringComparison.Ordinal) && char.IsUpper(namedLine.Text[0])
                || At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "at" or "on" } && At(tokens, index - 2) is { Kind: TokenKind.Word } reached && ReachWords.Contains(reached.Text)
                // "the city's 311 line", "the 511 system": a service line named by what it is (not "311 calls", a count).
                || At(tokens, index + 1) is { Kind: TokenKind.Word } service && ServiceLineNouns.Contains(service.Text));
        var shortCode = number.Text.Length is >= 4 and <= 6 && At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "to" } && TextedBefore(tokens, index - 2);
        // "call Police on 105", "ring the council on 311": a three-digit number after "on" in a call to someone is a number
        // dialled, unless it counts what follows ("called on 105 members to").
        var callOn = number.Text.Length == 3 && At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "on" } && DialledBefore(tokens, index - 2)
            && At(tokens, index + 1) is null or { Kind: TokenKind.Punctuation } or { Kind: TokenKind.Word, Text: "and" or "or" or "for" or "to" or "between" or "from" or "if" };
        if (!emergency && !dialed && !shortCode && !callOn)
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 1, numbers.Digits(number.Text));
        return 1;
    }

    /// <summary>
    /// "8-6299" (an internal extension) or "GHC 4-4706" (a code): one digit, a dash, four digits that are neither a
    /// round figure nor a year. No range runs from 8 to 6,299, so the groups are read digit by digit.
    /// </summary>
    private bool IsShortCode(IReadOnlyList<Token> tokens, int index, out string words)
    {
        words = "";
        if (tokens[index] is not { Kind: TokenKind.Number, Text.Length: 1 } head || !char.IsAsciiDigit(head.Text[0])
            || At(tokens, index + 1) is not { Kind: TokenKind.Punctuation, Text: "-", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Number, Text.Length: 4, SpaceBefore: false } tail || !NumberText.IsPlain(tail.Text)
            || tail.Text.EndsWith("00", StringComparison.Ordinal) || tail.Text[0] is '1' or '2' && tail.Text[1] is '9' or '0'
            || At(tokens, index + 3) is { Kind: TokenKind.Punctuation, Text: "-" or "/", SpaceBefore: false })
        {
            return false;
        }
        words = $"{numbers.Digits(head.Text)} , {numbers.Digits(tail.Text)}";
        return true;
    }

    /// <summary>Whether a verb of calling ("call", "ring", "phone") stands within the four tokens up to <paramref name="index"/>.</summary>
    private static bool DialledBefore(IReadOnlyList<Token> tokens, int index)
    {
        for (var k = index; k >= Math.Max(0, index - 3); k--)
        {
            if (tokens[k] is { Kind: TokenKind.Word } word && DialWords.Contains(word.Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether "text" (or "texting", "SMS") stands within the four tokens before <paramref name="index"/>.</summary>
    private static bool TextedBefore(IReadOnlyList<Token> tokens, int index)
    {
        for (var k = index; k >= Math.Max(0, index - 3); k--)
        {
            if (tokens[k] is { Kind: TokenKind.Word } word && TextWords.Contains(word.Text))
            {
                return true;
            }
        }
        return false;
    }
}
