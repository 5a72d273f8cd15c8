using System.Security.Cryptography;

namespace Aloud.Store;

/// <summary>
/// Identifiers and secrets: random, URL-safe, lowercase (ids appear in file names and URLs, and some file
/// systems ignore case).
/// </summary>
public static class Ids
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789"; // no l, o, 0, 1: read aloud and typed by people

    /// <summary>A new id of <paramref name="length"/> characters (12 by default: 60 random bits).</summary>
    public static string New(int length = 12) => RandomNumberGenerator.GetString(Alphabet, length);

    /// <summary>A secret of 192 random bits with a recognisable prefix, so leaked keys can be found by scanners.</summary>
    public static string NewSecret(string prefix) => prefix + RandomNumberGenerator.GetString(Alphabet + "ABCDEFGHJKLMNPQRSTUVWXYZ", 33);

    /// <summary>Whether <paramref name="id"/> could be one of ours: checked before it reaches a path or a query.</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: >= 1 and <= 64 } && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
