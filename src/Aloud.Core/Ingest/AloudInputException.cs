namespace Aloud.Ingest;

/// <summary>
/// Input that cannot be narrated (missing, empty, binary, not an article, refused URL...). The message is a
/// single line meant for the person who gave the input.
/// </summary>
public sealed class AloudInputException(string message, Exception? inner = null) : Exception(message, inner);
