using System.Text;

namespace Aloud.Ingest;

/// <summary>
/// Whitespace clean-up shared by the HTML and text readers: runs of whitespace become one space and
/// invisible characters go, but nothing else changes — a stray space before punctuation stays, since the
/// text is kept as written and the normaliser judges it later.
/// </summary>
internal static class TextClean
{
    public static string Collapse(string text) => Collapse(text, null);

    /// <summary>
    /// <see cref="Collapse(string)"/>, filling <paramref name="positions"/> (when given, of length text.Length + 1)
    /// with where each character of <paramref name="text"/> lands in the result, so spans can follow the text.
    /// </summary>
    public static string Collapse(string text, int[]? positions)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (positions is not null) positions[i] = sb.Length + (pendingSpace && !char.IsWhiteSpace(c) ? 1 : 0);
            if (char.IsWhiteSpace(c)) // includes no-break spaces
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            // Soft hyphens, zero-width spaces and stray byte-order marks are invisible on the page and
            // would only confuse a speech engine.
            if (c is '\u00AD' or '\u200B' or '\uFEFF' or '\u2060')
                continue;
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            sb.Append(c);
        }
        if (positions is not null) positions[text.Length] = sb.Length;
        return sb.ToString();
    }

    public static int WordCount(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Curly apostrophes and quotes as straight ones, so phrase rules match either spelling.</summary>
    public static string StraightenQuotes(string text) =>
        text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"');

    /// <summary>Whether the text has letters and all of them are capitals ("CLICK HERE TO SUBSCRIBE").</summary>
    public static bool IsAllCaps(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsLower(c)) return false;
            letters++;
        }
        return letters >= 2;
    }
}
