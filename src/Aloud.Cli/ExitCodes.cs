namespace Aloud.Cli;

/// <summary>Process exit codes, documented in docs/cli.md.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Unexpected = 1;
    public const int Usage = 2;
    public const int BadInput = 3;
    public const int MissingNativeLibrary = 4;
    public const int OutputFailed = 5;
}
