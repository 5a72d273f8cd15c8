namespace Aloud.Script.Tokens;

/// <summary>
/// The Unicode emoji properties the tokenizer needs (UTS #51, emoji-data.txt of Unicode 15.0), as sorted
/// inclusive code point ranges. Kept in code rather than read from a file so that tokenising needs no data
/// on the machine; only naming emoji does (<see cref="Emoji.EmojiNames"/>).
/// </summary>
internal static class EmojiProperties
{
    /// <summary>Emoji_Presentation in the Basic Multilingual Plane: shown (and meant) as emoji without a selector ("⚡", "⭐").</summary>
    private static readonly int[] PresentationBmp =
    [
        0x231A, 0x231B, 0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3, 0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653,
        0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE,
        0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5, 0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705,
        0x270A, 0x270B, 0x2728, 0x2728, 0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
        0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55,
    ];

    /// <summary>
    /// Extended_Pictographic: every pictograph, including code points reserved for future emoji (so a new emoji
    /// is still taken as one) and text-style symbols that become emoji only with U+FE0F ("©", "❤", "↔").
    /// </summary>
    private static readonly int[] Pictographic =
    [
        0xA9, 0xA9, 0xAE, 0xAE, 0x203C, 0x203C, 0x2049, 0x2049, 0x2122, 0x2122, 0x2139, 0x2139, 0x2194, 0x2199,
        0x21A9, 0x21AA, 0x231A, 0x231B, 0x2328, 0x2328, 0x2388, 0x2388, 0x23CF, 0x23CF, 0x23E9, 0x23F3, 0x23F8, 0x23FA,
        0x24C2, 0x24C2, 0x25AA, 0x25AB, 0x25B6, 0x25B6, 0x25C0, 0x25C0, 0x25FB, 0x25FE, 0x2600, 0x2605, 0x2607, 0x2612,
        0x2614, 0x2685, 0x2690, 0x2705, 0x2708, 0x2712, 0x2714, 0x2714, 0x2716, 0x2716, 0x271D, 0x271D, 0x2721, 0x2721,
        0x2728, 0x2728, 0x2733, 0x2734, 0x2744, 0x2744, 0x2747, 0x2747, 0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755,
        0x2757, 0x2757, 0x2763, 0x2767, 0x2795, 0x2797, 0x27A1, 0x27A1, 0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2934, 0x2935,
        0x2B05, 0x2B07, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55, 0x3030, 0x3030, 0x303D, 0x303D, 0x3297, 0x3297,
        0x3299, 0x3299, 0x1F000, 0x1F0FF, 0x1F10D, 0x1F10F, 0x1F12F, 0x1F12F, 0x1F16C, 0x1F171, 0x1F17E, 0x1F17F,
        0x1F18E, 0x1F18E, 0x1F191, 0x1F19A, 0x1F1AD, 0x1F1E5, 0x1F201, 0x1F20F, 0x1F21A, 0x1F21A, 0x1F22F, 0x1F22F,
        0x1F232, 0x1F23A, 0x1F23C, 0x1F23F, 0x1F249, 0x1F3FA, 0x1F400, 0x1F53D, 0x1F546, 0x1F64F, 0x1F680, 0x1F6FF,
        0x1F774, 0x1F77F, 0x1F7D5, 0x1F7FF, 0x1F80C, 0x1F80F, 0x1F848, 0x1F84F, 0x1F85A, 0x1F85F, 0x1F888, 0x1F88F,
        0x1F8AE, 0x1F8FF, 0x1F90C, 0x1F93A, 0x1F93C, 0x1F945, 0x1F947, 0x1FAFF, 0x1FC00, 0x1FFFD,
    ];

    public const char PresentationSelector = '\uFE0F';
    public const char TextSelector = '\uFE0E';
    public const char ZeroWidthJoiner = '\u200D';
    public const char CombiningKeycap = '\u20E3';

    /// <summary>An emoji on its own, with or without a presentation selector: "😂", "⚡", a skin tone swatch, a regional indicator.</summary>
    public static bool IsEmojiByDefault(int codePoint) =>
        codePoint < 0x10000 ? InRanges(PresentationBmp, codePoint) : InRanges(Pictographic, codePoint) || IsRegionalIndicator(codePoint) || IsSkinTone(codePoint);

    /// <summary>A symbol read as text unless U+FE0F, a skin tone or a joiner makes it an emoji: "©", "❤", "☝", "♀".</summary>
    public static bool IsTextByDefault(int codePoint) =>
        codePoint < 0x10000 && InRanges(Pictographic, codePoint) && !InRanges(PresentationBmp, codePoint);

    /// <summary>The five Fitzpatrick skin tone modifiers, U+1F3FB to U+1F3FF.</summary>
    public static bool IsSkinTone(int codePoint) => codePoint is >= 0x1F3FB and <= 0x1F3FF;

    /// <summary>Regional indicator letters, U+1F1E6 to U+1F1FF; a pair is a country flag.</summary>
    public static bool IsRegionalIndicator(int codePoint) => codePoint is >= 0x1F1E6 and <= 0x1F1FF;

    /// <summary>Tag characters U+E0020 to U+E007F, which spell a subdivision after a black flag (England, Scotland, Wales).</summary>
    public static bool IsTag(int codePoint) => codePoint is >= 0xE0020 and <= 0xE007F;

    /// <summary>The characters a keycap sequence is built on: "#", "*", "0" to "9".</summary>
    public static bool IsKeycapBase(char c) => c is '#' or '*' || char.IsAsciiDigit(c);

    private static bool InRanges(int[] ranges, int codePoint)
    {
        // Binary search over (start, end) pairs.
        int low = 0, high = (ranges.Length / 2) - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (codePoint < ranges[2 * middle])
            {
                high = middle - 1;
            }
            else if (codePoint > ranges[(2 * middle) + 1])
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }
        return false;
    }
}
