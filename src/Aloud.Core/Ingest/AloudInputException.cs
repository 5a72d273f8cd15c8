using System.Text;

namespace Aloud.Ingest;

/// <summary>
/// Input that cannot be narrated (missing, empty, binary, not an article, refused URL...). The message is a
/// single line meant for the person who gave the input: whatever it quotes from that input (a JSON token, an
/// entry's text, a parser's own message) has its line breaks and control characters turned into spaces and is
/// cut short, so a hostile input can never make an error span lines, forge log lines or fill a terminal.
/// </summary>
public sealed class AloudInputException(string message, Exception? inner = null) : Exception(OneLine(message), inner)
{
    /// <summary>The longest message kept; what follows is cut, marked with an ellipsis.</summary>
    public const int MaxMessageLength = 600;

    private static string OneLine(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var line = new StringBuilder(Math.Min(message.Length, MaxMessageLength + 1));
        foreach (var c in message)
        {
            if (line.Length == MaxMessageLength)
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
