using System.Globalization;

namespace Aloud.Script.Tokens;

/// <summary>
/// Splits a sentence into tokens with their positions. A single linear scan, no regular expressions, so
/// any input (a megabyte without spaces, ten thousand digits) is tokenised in linear time.
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, int start, int length, int offset)
    {
        var tokens = new List<Token>();
        var end = start + length;
        var i = start;
        var spaceBefore = false;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\u00AD' || c == '\u200B')
            {
                spaceBefore = true;
                i++;
                continue;
            }
            if (c is EmojiProperties.PresentationSelector or EmojiProperties.TextSelector or EmojiProperties.ZeroWidthJoiner)
            {
                // Left over from an emoji sequence or a joined script: nothing to read, and not a space either.
                i++;
                continue;
            }
            var tokenEnd = ScanToken(text, i, end, out var kind);
            tokens.Add(new Token(kind, text[i..tokenEnd], i + offset, spaceBefore));
            spaceBefore = false;
            i = tokenEnd;
        }
        return tokens;
    }

    private static int ScanToken(string text, int i, int end, out TokenKind kind)
    {
        var c = text[i];
        // Plain ASCII other than a keycap's "#", "*" or digit is never an emoji; skip the lookup for it.
        if (c >= 0x80 || EmojiProperties.IsKeycapBase(c))
        {
            var emojiEnd = EmojiScanner.Scan(text, i, end);
            if (emojiEnd > i)
            {
                kind = TokenKind.Emoji;
                return emojiEnd;
            }
        }
        if (char.IsLetter(c))
        {
            var wordEnd = ScanWord(text, i, end);
            var maskedEnd = ScanMask(text, i, wordEnd, end);
            kind = maskedEnd > wordEnd ? TokenKind.Masked : TokenKind.Word;
            return maskedEnd;
        }
        if (char.IsAsciiDigit(c))
        {
            kind = TokenKind.Number;
            return ScanNumber(text, i, end);
        }
        kind = IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
        return ScanPunctuation(text, i, end, c);
    }

    private static int ScanWord(string text, int i, int end)
    {
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || IsCombining(c))
            {
                i++;
            }
            else if (IsInnerJoiner(c) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    /// <summary>
    /// Where a masked word ends, or <paramref name="i"/> when the letters before it are not masked. Asterisks
    /// always mask ("f***", "f**k"); three or more dashes mask ("s---", "s---t"); exactly two dashes mask only a
    /// short fragment that is not itself a word ("a--"), since "to--" and "was--as" are typewriter dashes.
    /// </summary>
    private static int ScanMask(string text, int wordStart, int i, int end)
    {
        var j = i;
        while (j < end && (text[j] == '*' || text[j] == '-') && j - i < 64)
        {
            j++;
        }
        var run = text.AsSpan(i, j - i);
        var lettersFollow = j < end && char.IsLetter(text[j]);
        // One asterisk closing a word is a footnote mark or a grade's star ("Grade II*"), not a censored letter.
        var masked = run.Contains('*') && !(run is "*" && !lettersFollow)
            || run.Length >= 3
            || (run.Length == 2 && !lettersFollow && MaskedFragments.IsMaskFragment(text.AsSpan(wordStart, i - wordStart)));
        if (!masked)
        {
            return i;
        }
        while (j < end && char.IsLetter(text[j]) && j - i < 64)
        {
            j++;
        }
        return j;
    }

    private static int ScanNumber(string text, int i, int end)
    {
        while (i < end)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                i++;
            }
            else if ((c == ',' || c == '.') && i + 1 < end && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        // A letter suffix glued to the digits: 37th, 1990s, 5K, 12pm, 3D.
        var suffixStart = i;
        while (i < end && char.IsLetter(text[i]) && i - suffixStart < 12)
        {
            i++;
        }
        return i < end && char.IsLetter(text[i]) ? suffixStart : i;
    }

    private static int ScanPunctuation(string text, int i, int end, char c)
    {
        // Runs that read as one mark: "--", "...", "!!".
        if (c is '-' or '.' or '!' or '?')
        {
            var j = i + 1;
            while (j < end && text[j] == c)
            {
                j++;
            }
            return j;
        }
        if (char.IsHighSurrogate(c) && i + 1 < end)
        {
            return i + 2;
        }
        return i + 1;
    }

    private static bool IsInnerJoiner(char c) => c is '\'' or '\u2019' or '-' or '\u2010' or '\u2011' or '.' or '&';

    private static bool IsCombining(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsPunctuation(char c) =>
        c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\'' or '(' or ')' or '[' or ']' or '{' or '}' or '-' or '/'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.DashPunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.OtherPunctuation;
}
