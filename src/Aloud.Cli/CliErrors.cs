using Aloud.Ingest;
using Aloud.Script.Emoji;
using Aloud.Speech;

namespace Aloud.Cli;

/// <summary>
/// Turns failures into one clear line on stderr and an exit code: the person sees what went wrong and what
/// to do, never a stack trace (unless ALOUD_DEBUG is set).
/// </summary>
internal static class CliErrors
{
    public static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception error)
        {
            var (code, message) = Describe(error);
            // One line, always: a message from a library may carry line breaks of its own.
            Console.Error.WriteLine($"aloud: {string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))}");
            if (Environment.GetEnvironmentVariable("ALOUD_DEBUG") is { Length: > 0 })
            {
                Console.Error.WriteLine(error);
            }
            return code;
        }
    }

    private static (int Code, string Message) Describe(Exception error) => error switch
    {
        AloudInputException => (ExitCodes.BadInput, error.Message),
        VoiceFileException => (ExitCodes.BadInput, error.Message),
        NativeLibraryMissingException => (ExitCodes.MissingNativeLibrary, error.Message),
        EmojiNamesUnavailableException => (ExitCodes.MissingNativeLibrary, error.Message),
        UsageException => (ExitCodes.Usage, error.Message),
        Microsoft.Extensions.Options.OptionsValidationException options => (ExitCodes.Usage, "bad setting: " + string.Join("; ", options.Failures)),
        IOException when error.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase) => (ExitCodes.Usage, error.Message + " (pick another --urls port)"),
        OutputException => (ExitCodes.OutputFailed, error.Message),
        OperationCanceledException => (ExitCodes.Unexpected, "cancelled"),
        // The type name means nothing to the person; ALOUD_DEBUG=1 shows it with the stack trace.
        _ => (ExitCodes.Unexpected, $"unexpected error: {error.Message} (set ALOUD_DEBUG=1 for details)"),
    };
}

/// <summary>Options that do not fit together or values out of range.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>An output file could not be written.</summary>
internal sealed class OutputException(string message, Exception? inner = null) : Exception(message, inner);
