namespace Aloud.Speech;

/// <summary>
/// Compares BCP-47 language tags the way voice choice needs: by primary language ("de-AT" speaks "de"), case and
/// '-' or '_' alike, since Piper writes "de_DE" and HTML "de-de".
/// </summary>
public static class LanguageTags
{
    /// <summary>The primary language subtag in lower case ("pt" of "pt_BR"); "" for an empty tag.</summary>
    public static string Primary(string? tag)
    {
        var trimmed = (tag ?? "").Trim();
        var end = trimmed.IndexOfAny(['-', '_']);
        return (end < 0 ? trimmed : trimmed[..end]).ToLowerInvariant();
    }

    /// <summary>The tag in one spelling: lower case, '-' between subtags ("de_DE" -> "de-de").</summary>
    public static string Normalize(string? tag) => (tag ?? "").Trim().Replace('_', '-').ToLowerInvariant();

    /// <summary>Whether two tags name the same primary language; an empty tag matches nothing.</summary>
    public static bool SameLanguage(string? a, string? b)
    {
        var primary = Primary(a);
        return primary.Length > 0 && primary == Primary(b);
    }

    /// <summary>
    /// A tag as a source wrote it, kept only when it looks like one: 1-8 letters, then subtags of 1-8 letters or
    /// digits. Anything else (an empty lang="", markup noise) is null: the passage stays in the article's language.
    /// </summary>
    public static string? Clean(string? tag)
    {
        var t = (tag ?? "").Trim();
        if (t.Length == 0 || t.Length > 35)
        {
            return null;
        }
        var parts = t.Split('-', '_');
        if (parts[0].Length is < 1 or > 8 || !parts[0].All(char.IsAsciiLetter))
        {
            return null;
        }
        return parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit)) ? t : null;
    }

    /// <summary>
    /// The language a voice's name states, when it states one: Piper's "de_DE-thorsten-medium", eSpeak's "espeak:de"
    /// or "fr-be"; null for names that do not ("rms", "af_heart"). For naming the voices of a language a missing voice spoke.
    /// </summary>
    public static string? FromVoiceName(string? name)
    {
        var n = (name ?? "").Trim();
        var colon = n.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            n = n[(colon + 1)..];
        }
        var parts = n.Split('-', '_');
        if (parts[0].Length != 2 || !parts[0].All(char.IsAsciiLetter))
        {
            return null;
        }
        var region = parts.Length > 1 && parts[1].Length == 2 && parts[1].All(char.IsAsciiLetter) ? "-" + parts[1].ToUpperInvariant() : "";
        return parts.Length == 1 || region.Length > 0 || n.Contains('-', StringComparison.Ordinal) ? parts[0].ToLowerInvariant() + region : null;
    }
}
