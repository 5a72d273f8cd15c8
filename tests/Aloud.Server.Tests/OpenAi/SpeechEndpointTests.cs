using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Aloud.Server.Tests.OpenAi;

public sealed class SpeechEndpointTests : IDisposable
{
    private readonly AloudAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    [Fact]
    public async Task Without_a_key_it_answers_401_in_openai_error_shape()
    {
        using var response = await _app.CreateClient().PostAsync("/v1/audio/speech", Json(new { model = "tts-1", input = "Hello.", voice = "alloy" }));
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_api_key", error.GetProperty("code").GetString());
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("{\"model\":\"tts-1\",\"voice\":\"alloy\"}", "input")]
    [InlineData("{\"model\":\"tts-1\",\"input\":\"Hi.\",\"voice\":\"robot\"}", "voice")]
    [InlineData("{\"model\":\"tts-1\",\"input\":\"Hi.\",\"response_format\":\"flac\"}", "response_format")]
    [InlineData("{\"model\":\"tts-1\",\"input\":\"Hi.\",\"speed\":9}", "speed")]
    [InlineData("{\"model\":\"dall-e\",\"input\":\"Hi.\"}", "model")]
    [InlineData("{\"model\":\"tts-1\",\"input\":\"Hi.\",\"stream\":true,\"stream_format\":\"sse\"}", "stream_format")]
    public async Task Mistakes_are_refused_before_any_audio_naming_the_parameter(string body, string param)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _app.KeyedClient().PostAsync("/v1/audio/speech", content);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(param, error.GetProperty("param").GetString());
    }

    [Fact]
    public async Task Malformed_json_is_an_openai_error_too()
    {
        using var content = new StringContent("{\"model\": ", Encoding.UTF8, "application/json");
        using var response = await _app.KeyedClient().PostAsync("/v1/audio/speech", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid JSON", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Streaming_sends_the_first_audio_before_the_last_sentence_is_synthesised()
    {
        const int sentences = 40;
        var input = string.Join(" ", Enumerable.Range(1, sentences).Select(i => $"Sentence number {i} tells of a boat named Heron{i} leaving port."));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/audio/speech")
        {
            Content = Json(new { model = "tts-1", input, voice = "alloy", response_format = "mp3", stream = true }),
        };
        using var response = await _app.KeyedClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();

        var first = new byte[1];
        Assert.Equal(1, await body.ReadAsync(first));
        var synthesisedAtFirstByte = _app.Syntheses;
        using var rest = new MemoryStream();
        await body.CopyToAsync(rest);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("audio/mpeg", response.Content.Headers.ContentType!.MediaType);
        Assert.True(synthesisedAtFirstByte < sentences, $"{synthesisedAtFirstByte} of {sentences} sentences were synthesised before the first byte");
        Assert.Equal(sentences, _app.Syntheses);
        var mp3 = new byte[rest.Length + 1];
        mp3[0] = first[0];
        rest.ToArray().CopyTo(mp3, 1);
        Assert.InRange(Mp3.DurationSeconds(mp3), sentences * 1.5, sentences * 8.0);
    }

    [Fact]
    public async Task Without_stream_a_wav_comes_whole_with_its_length()
    {
        using var response = await _app.KeyedClient().PostAsync("/v1/audio/speech", Json(new { model = "aloud", input = "The tide turns at noon. Boats wait.", voice = "rms", response_format = "wav", speed = 1.25 }));
        var wav = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(wav.Length, response.Content.Headers.ContentLength);
        Assert.Equal("RIFF", Encoding.ASCII.GetString(wav[..4]));
        Assert.Equal("WAVE", Encoding.ASCII.GetString(wav[8..12]));
    }

    [Fact]
    public async Task Pcm_is_raw_16_bit_at_24_khz()
    {
        using var response = await _app.KeyedClient().PostAsync("/v1/audio/speech", Json(new { model = "tts-1", input = "One short line.", voice = "alloy", response_format = "pcm" }));
        var pcm = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, pcm.Length % 2);
        Assert.InRange(pcm.Length / 2 / 24000.0, 0.5, 5.0); // a short line, at 24,000 samples a second
    }

    [Fact]
    public async Task The_models_list_names_what_speech_accepts()
    {
        var models = await _app.KeyedClient().GetFromJsonAsync<JsonElement>("/v1/models");

        Assert.Contains(models.GetProperty("data").EnumerateArray(), m => m.GetProperty("id").GetString() == "tts-1");
    }
}
