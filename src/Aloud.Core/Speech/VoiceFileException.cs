namespace Aloud.Speech;

/// <summary>
/// A voice's files are missing, broken or do not fit together (a config that does not parse, a model whose
/// inputs are not a Piper voice's): the message names the file and what is wrong with it, on one line.
/// </summary>
public sealed class VoiceFileException(string message, Exception? inner = null) : Exception(message, inner);
