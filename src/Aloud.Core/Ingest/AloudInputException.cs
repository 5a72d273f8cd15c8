namespace Aloud.Ingest;

/// <summary>
/// Input that cannot be narrated (missing, empty, binary, not an article, refused URL...). The message is a
/// single line meant for the person who gave the input: whatever it quotes from that input (a JSON token, an
/// entry's text, a parser's own message) goes through <see cref="OneLine"/>, so it stays one short line.
/// </summary>
public sealed class AloudInputException(string message, Exception? inner = null) : Exception(OneLine.Of(message), inner)
{
    /// <summary>The longest message kept; what follows is cut, marked with an ellipsis.</summary>
    public const int MaxMessageLength = OneLine.MaxLength;
}
