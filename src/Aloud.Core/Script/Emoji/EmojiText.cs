using Aloud.Script.Tokens;

namespace Aloud.Script.Emoji;

/// <summary>Small rewrites of an emoji's characters, to find it among CLDR's keys.</summary>
internal static class EmojiText
{
    /// <summary>Without U+FE0F and U+FE0E, which CLDR leaves out of its keys.</summary>
    public static string WithoutSelectors(string emoji) =>
        emoji.Contains(EmojiProperties.PresentationSelector) || emoji.Contains(EmojiProperties.TextSelector)
            ? emoji.Replace(EmojiProperties.PresentationSelector.ToString(), "", StringComparison.Ordinal)
                .Replace(EmojiProperties.TextSelector.ToString(), "", StringComparison.Ordinal)
            : emoji;

    /// <summary>Without skin tone modifiers: "👍🏽" is "👍".</summary>
    public static string WithoutSkinTones(string emoji) => Without(emoji, EmojiProperties.IsSkinTone);

    /// <summary>Without tag characters: a subdivision flag CLDR does not know is its black flag.</summary>
    public static string WithoutTags(string emoji) => Without(emoji, EmojiProperties.IsTag);

    private static string Without(string emoji, Func<int, bool> drop)
    {
        var kept = new System.Text.StringBuilder(emoji.Length);
        foreach (var rune in emoji.EnumerateRunes())
        {
            if (!drop(rune.Value))
            {
                kept.Append(rune.ToString());
            }
        }
        return kept.Length == emoji.Length ? emoji : kept.ToString();
    }
}
