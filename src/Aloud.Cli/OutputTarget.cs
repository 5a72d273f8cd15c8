namespace Aloud.Cli;

/// <summary>
/// One file a command will write: the option that named it, its path (or <c>-</c> for standard output when
/// <paramref name="StdoutAllowed"/>), and the extensions that fit its content.
/// </summary>
internal sealed record OutputTarget(string Option, string Path, IReadOnlyList<string> Extensions, bool StdoutAllowed = false)
{
    public bool IsStdout => Path == "-";
}
