using System.Text;

namespace Aloud;

/// <summary>
/// Makes a message that quotes outside input safe to show: line breaks and control characters become spaces and a
/// long message is cut (with an ellipsis), so a hostile input can never make an error span lines, forge log lines or
/// fill a terminal or a response.
/// </summary>
public static class OneLine
{
    /// <summary>The longest message kept.</summary>
    public const int MaxLength = 600;

    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = new StringBuilder(Math.Min(text.Length, MaxLength + 1));
        foreach (var c in text)
        {
            if (line.Length == MaxLength)
            {
                // Do not leave half a surrogate pair at the cut.
                if (char.IsHighSurrogate(line[^1])) line.Length--;
                return line.Append('…').ToString();
            }
            line.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        }
        return line.ToString();
    }
}
