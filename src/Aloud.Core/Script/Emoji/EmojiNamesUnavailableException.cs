namespace Aloud.Script.Emoji;

/// <summary>
/// Emoji were to be read by name but the CLDR annotations that name them are missing or unreadable; the
/// message says which file and which Debian package provides it.
/// </summary>
public sealed class EmojiNamesUnavailableException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The Debian package that installs the CLDR annotations.</summary>
    public const string DebianPackage = "unicode-cldr-core";
}
