using System.Text.Json.Serialization;

namespace Aloud.Server.OpenAi;

/// <summary>The body of POST /v1/audio/speech, as OpenAI's API defines it (instructions are accepted and ignored).</summary>
public sealed record SpeechRequest
{
    [JsonPropertyName("model")] public string? Model { get; init; }
    [JsonPropertyName("input")] public string? Input { get; init; }
    [JsonPropertyName("voice")] public string? Voice { get; init; }
    [JsonPropertyName("response_format")] public string? ResponseFormat { get; init; }
    [JsonPropertyName("speed")] public double? Speed { get; init; }
    [JsonPropertyName("stream")] public bool? Stream { get; init; }
    [JsonPropertyName("stream_format")] public string? StreamFormat { get; init; }
    [JsonPropertyName("instructions")] public string? Instructions { get; init; }
}

/// <summary>An OpenAI-shaped error: {"error": {"message", "type", "param", "code"}}, which OpenAI's clients parse.</summary>
public sealed class OpenAiError(int status, string message, string? param = null, string? code = null, string type = "invalid_request_error") : Exception(OneLine.Of(message))
{
    public int Status { get; } = status;

    public IResult ToResult() => Results.Json(new { error = new { message = Message, type, param, code } }, statusCode: Status);
}
