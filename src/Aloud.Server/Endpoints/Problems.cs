namespace Aloud.Server.Endpoints;

/// <summary>The error answers of the API, as ProblemDetails with a one-line detail a developer can act on.</summary>
internal static class Problems
{
    public static IResult BadRequest(string detail) => Results.Problem(statusCode: 400, title: "Bad Request", detail: detail);

    /// <summary>The request was well formed but its content cannot be narrated (no article text, binary, too long).</summary>
    public static IResult Unprocessable(string detail) => Results.Problem(statusCode: 422, title: "Unprocessable Content", detail: detail);

    public static IResult NotFound(string detail) => Results.Problem(statusCode: 404, title: "Not Found", detail: detail);

    public static IResult Conflict(string detail) => Results.Problem(statusCode: 409, title: "Conflict", detail: detail);
}
