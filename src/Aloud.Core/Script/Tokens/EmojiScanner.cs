using static Aloud.Script.Tokens.EmojiProperties;

namespace Aloud.Script.Tokens;

/// <summary>
/// Finds where one emoji ends (UTS #51): a pictograph with its presentation selector, skin tone and tags, joined
/// by U+200D to the next ("👩🏽‍⚕️"), a keycap ("1️⃣"), or a pair of regional indicators (a flag). Text-style
/// symbols ("©", "❤", "™") count only when U+FE0F, a skin tone or a joiner asks for the emoji, so the passes
/// that read symbols still see them. Linear: each call looks at the characters it returns and one more.
/// </summary>
internal static class EmojiScanner
{
    /// <summary>More than any real sequence (a family of four is seven elements); a longer chain is read as several emoji.</summary>
    public const int MaxJoinedElements = 10;

    /// <summary>A subdivision flag spells at most seven tags; a longer run is cut, never scanned without end.</summary>
    private const int MaxTags = 32;

    /// <summary>The end of the emoji that starts at <paramref name="i"/>, or <paramref name="i"/> when none does.</summary>
    public static int Scan(string text, int i, int end)
    {
        if (IsKeycapBase(text[i]))
        {
            return ScanKeycap(text, i, end);
        }
        var first = CodePointAt(text, i, end);
        if (IsRegionalIndicator(first))
        {
            var second = CodePointAt(text, i + 2, end);
            return IsRegionalIndicator(second) ? SkipSelector(text, i + 4, end) : i + 2;
        }
        var sequenceEnd = ScanElement(text, i, end, joined: false);
        if (sequenceEnd == i)
        {
            return i;
        }
        for (var elements = 1; elements < MaxJoinedElements && sequenceEnd < end && text[sequenceEnd] == ZeroWidthJoiner; elements++)
        {
            var next = ScanElement(text, sequenceEnd + 1, end, joined: true);
            if (next == sequenceEnd + 1)
            {
                break;
            }
            sequenceEnd = next;
        }
        return sequenceEnd;
    }

    /// <summary>"#", "*" or a digit, an optional U+FE0F, then U+20E3.</summary>
    private static int ScanKeycap(string text, int i, int end)
    {
        var j = SkipSelector(text, i + 1, end);
        return j < end && text[j] == CombiningKeycap ? j + 1 : i;
    }

    /// <summary>
    /// One pictograph with its selector, skin tone and tags. A text-style symbol needs no selector next to a joiner
    /// ("🏃‍♀", "❤‍🔥"): the joiner already asks for emoji.
    /// </summary>
    private static int ScanElement(string text, int i, int end, bool joined)
    {
        var codePoint = CodePointAt(text, i, end);
        if (codePoint < 0)
        {
            return i;
        }
        var j = i + (codePoint >= 0x10000 ? 2 : 1);
        if (!IsEmojiByDefault(codePoint))
        {
            var asked = joined || (j < end && text[j] == PresentationSelector) || IsSkinTone(CodePointAt(text, j, end))
                || (j < end && text[j] == ZeroWidthJoiner && ScanElement(text, j + 1, end, joined: true) > j + 1);
            if (!IsTextByDefault(codePoint) || !asked)
            {
                return i;
            }
        }
        j = j < end && text[j] is PresentationSelector or TextSelector ? j + 1 : j;
        if (!IsSkinTone(codePoint) && IsSkinTone(CodePointAt(text, j, end)))
        {
            j += 2;
        }
        for (var tags = 0; tags < MaxTags && IsTag(CodePointAt(text, j, end)); tags++)
        {
            j += 2;
        }
        return j;
    }

    private static int SkipSelector(string text, int i, int end) => i < end && text[i] == PresentationSelector ? i + 1 : i;

    /// <summary>The code point at <paramref name="i"/>, or -1 past the end or at a lone surrogate.</summary>
    private static int CodePointAt(string text, int i, int end)
    {
        if (i >= end)
        {
            return -1;
        }
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? char.ConvertToUtf32(c, text[i + 1]) : -1;
        }
        return char.IsLowSurrogate(c) ? -1 : c;
    }
}
