namespace Aloud.Server.Endpoints;

/// <summary>
/// The error answers of the API, as ProblemDetails with a one-line detail a developer can act on (made one line here,
/// since a detail may quote the request).
/// </summary>
internal static class Problems
{
    public static IResult BadRequest(string detail) => Results.Problem(statusCode: 400, title: "Bad Request", detail: OneLine.Of(detail));

    /// <summary>The request was well formed but its content cannot be narrated (no article text, binary, too long).</summary>
    public static IResult Unprocessable(string detail) => Results.Problem(statusCode: 422, title: "Unprocessable Content", detail: OneLine.Of(detail));

    public static IResult NotFound(string detail) => Results.Problem(statusCode: 404, title: "Not Found", detail: OneLine.Of(detail));

    public static IResult Conflict(string detail) => Results.Problem(statusCode: 409, title: "Conflict", detail: OneLine.Of(detail));
}
