using System.Text.RegularExpressions;

namespace Aloud.Ingest;

/// <summary>
/// Short lines that widgets leave in a body and that no listener needs: a reaction counter ("1.2K"), the site's
/// copyright notice, a share-price chip ("Harwick Foods PLC 318.00 -24.60 (-7.18%)"), and a reporter's
/// contact line ("정다은 기자 daeun@example.com", "Contact: jane@example.com"); and the signature of an embedded post
/// ("— Poppy A (@poppygrowsbig) October 3, 2026"), which names who said a quoted post and so goes only with its post.
/// Each is judged only when short, so a sentence that mentions an address or a handle stays.
/// </summary>
public static partial class WidgetLines
{
    private const int MaxContactWords = 8;
    private const int MaxSignatureWords = 14;
    private const int MaxNoticeWords = 30;
    private const int MaxNoticeChars = 400;
    private const int MaxQuoteWords = 12;

    /// <summary>Whether <paramref name="text"/> (one block, whitespace collapsed) is a counter or a contact line.</summary>
    public static bool IsWidgetLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length <= 8 && Counter().IsMatch(trimmed)) return true;
        if (trimmed.Length <= MaxNoticeChars && TextClean.WordCount(trimmed) <= MaxNoticeWords && TimedPatterns.IsMatch(CopyrightNotice(), trimmed)) return true;
        if (TextClean.WordCount(trimmed) <= MaxQuoteWords && TimedPatterns.IsMatch(PriceQuote(), trimmed)) return true;
        return TextClean.WordCount(trimmed) <= MaxContactWords && Email().IsMatch(trimmed) && !SentenceMarks.EndsWithMark(trimmed);
    }

    /// <summary>Whether <paramref name="text"/> is an embedded post's signature: "— Name (@handle) date".</summary>
    public static bool IsPostSignature(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        return TextClean.WordCount(trimmed) <= MaxSignatureWords && Signature().IsMatch(trimmed);
    }

    // The site's copyright notice, which an old page sets as the story's last line ("Copyright 2026 The Courier. All rights reserved.").
    [GeneratedRegex(@"^(copyright|\u00a9|\(c\))\s|\ball rights reserved\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex CopyrightNotice();

    // A market widget's quote: a name, the price, its signed change (or an arrow) and the change in percent, with no
    // words after the name: "Harwick Foods PLC 318.00 -24.60 (-7.18%)", "Brent crude $74.20 ▲1.10 (+1.5%)". A sentence
    // that gives a price goes on in words and ends with its stop; a quotes table's row, its cells read with commas
    // between them ("HD, Home Depot, 225.86, -12.99, -5.44%"), is a table the story sets, and is read.
    [GeneratedRegex(@"^\p{L}[^%,]{0,60}?\s[£$€¥]?\d(?:[\d,.]*\d)?\s?\p{L}{0,3}\s{1,3}(?:[▲▼↑↓]\s?|[+\-\u2212\u2013])\d(?:[\d,.]*\d)?\s{0,3}\(?[▲▼↑↓+\-\u2212\u2013]?\d(?:[\d,.]*\d)?\s?%\)?$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex PriceQuote();

    // A count with a thousands or millions suffix, as reaction and share counters show it: "1.2K", "18k", "3M".
    [GeneratedRegex(@"^\d{1,3}([.,]\d)?[kKmM]$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Counter();

    // An embedded post's signature: a dash, a name and the account's handle in brackets.
    [GeneratedRegex(@"^[\u2014\u2013-]\s{0,2}[^()]{1,60}\(@\w{1,30}\)", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Signature();

    [GeneratedRegex(@"[\w.+-]{1,64}@[\w-]{1,63}(\.[\w-]{1,63}){1,4}", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Email();
}
