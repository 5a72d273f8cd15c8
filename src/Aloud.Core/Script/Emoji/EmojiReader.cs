using Aloud.Script.Tokens;

namespace Aloud.Script.Emoji;

/// <summary>
/// Finds an emoji's name: the whole sequence first without its skin tones ("👩🏽‍⚕️" is "woman health worker"),
/// then as written (a lone skin tone swatch, a mixed-tone couple, with the tones left out of the name), then a
/// subdivision flag CLDR does not know as its flag, then a joined sequence CLDR does not know as its parts.
/// </summary>
internal sealed class EmojiReader(EmojiNames names, INumberWords numbers)
{
    private static readonly string[] SkinTones = ["light skin tone", "medium-light skin tone", "medium skin tone", "medium-dark skin tone", "dark skin tone"];

    /// <summary>The spoken words for <paramref name="emoji"/> ("," marks a short break), or null when it has no name.</summary>
    public IReadOnlyList<string>? Read(string emoji) => Name(EmojiText.WithoutSelectors(emoji)) is { } name ? EmojiNameWording.Words(name, numbers) : null;

    private string? Name(string emoji)
    {
        var toneless = EmojiText.WithoutSkinTones(emoji);
        if (toneless.Length > 0 && names.NameOf(toneless) is { } name)
        {
            return name;
        }
        if (names.NameOf(emoji) is { } withTones)
        {
            return toneless.Length == 0 ? withTones : WithoutSkinTones(withTones);
        }
        var untagged = EmojiText.WithoutTags(toneless);
        if (untagged.Length < toneless.Length && names.NameOf(untagged) is { } flag)
        {
            return flag;
        }
        if (!toneless.Contains(EmojiProperties.ZeroWidthJoiner))
        {
            return null;
        }
        // A sequence newer than the installed CLDR: name what it is made of, as a display without it shows the parts.
        var parts = toneless.Split(EmojiProperties.ZeroWidthJoiner, StringSplitOptions.RemoveEmptyEntries)
            .Select(part => names.NameOf(EmojiText.WithoutTags(part)))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>"kiss: person, person, light skin tone, dark skin tone" without its tones: "kiss: person, person".</summary>
    private static string WithoutSkinTones(string name)
    {
        var colon = name.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0)
        {
            return name;
        }
        var details = name[(colon + 2)..].Split(", ").Where(d => !SkinTones.Contains(d, StringComparer.Ordinal)).ToList();
        return details.Count == 0 ? name[..colon] : $"{name[..colon]}: {string.Join(", ", details)}";
    }
}
