namespace Aloud.Script.Tokens;

/// <summary>Tells a censored fragment ("a--", "sh--") from a short word cut off by a dash ("to--", "I--").</summary>
internal static class MaskedFragments
{
    private static readonly HashSet<string> ShortWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "I", "to", "so", "no", "we", "he", "it", "is", "or", "in", "on", "at", "of", "my", "me", "be", "do", "go",
        "up", "us", "an", "as", "by", "if", "oh", "ok",
    };

    public static bool IsMaskFragment(ReadOnlySpan<char> letters) =>
        letters.Length is > 0 and <= 2 && !ShortWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(letters);
}
