using System.Diagnostics;

namespace Aloud.Server.Hosting;

/// <summary>
/// Whether an exception came out of the framework's reading of a request body as JSON (the binding of a minimal
/// API's body parameter). Such a failure is the body's fault: .NET 10's reader threw an IndexOutOfRangeException on
/// a body cut off after a long string full of escapes (found by the API fuzz run), where a JsonException, a 400,
/// was meant. Whatever it throws there is answered as a malformed body, never as a 500.
/// </summary>
internal static class MalformedJsonBody
{
    public const string Detail = "the body could not be read as JSON";

    /// <summary>
    /// The one-line reason for a 400 from body binding: the JSON parser's own words (where in the body it failed) when
    /// it gave them, else <see cref="Detail"/> for a body the reader failed on; null for any other 400.
    /// </summary>
    public static string? DetailFor(Exception error) => error switch
    {
        BadHttpRequestException { InnerException: System.Text.Json.JsonException json } => Aloud.OneLine.Of($"{Detail}: {json.Message}"),
        _ when Is(error) => Detail,
        _ => null,
    };

    public static bool Is(Exception error) =>
        new StackTrace(error, fNeedFileInfo: false).GetFrames()
            .Select(frame => frame.GetMethod()?.DeclaringType)
            .Any(type => type == typeof(HttpRequestJsonExtensions) || type?.DeclaringType == typeof(HttpRequestJsonExtensions)); // an async method's frame is its state machine's
}
