using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Aloud.Server.Tests.Endpoints;

/// <summary>The audio routes on the one-box store (SQLite + files).</summary>
public sealed class AudioEndpointsTests(NarratedArticle narrated) : AudioEndpointsContract(narrated), IClassFixture<NarratedArticle>;

/// <summary>The same routes on the scale-out store (PostgreSQL + S3, audio served through Aloud with ranges).</summary>
public sealed class AudioEndpointsOnPostgresAndS3Tests(NarratedArticleOnPostgresAndS3 narrated) : AudioEndpointsContract(narrated), IClassFixture<NarratedArticleOnPostgresAndS3>;

/// <summary>What the audio routes answer, whatever holds the files.</summary>
public abstract class AudioEndpointsContract(NarratedArticle narrated)
{
    private readonly HttpClient _client = narrated.App.CreateClient();

    private async Task<byte[]> Whole() => await _client.GetByteArrayAsync($"/audio/{narrated.Id}.mp3");

    private async Task<HttpResponseMessage> Ranged(string range)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/audio/{narrated.Id}.mp3");
        request.Headers.TryAddWithoutValidation("Range", range);
        return await _client.SendAsync(request);
    }

    [Fact]
    public async Task The_whole_file_is_mpeg_audio_with_validators_and_accepts_ranges()
    {
        using var response = await _client.GetAsync($"/audio/{narrated.Id}.mp3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("audio/mpeg", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("bytes", response.Headers.AcceptRanges.Single());
        Assert.NotNull(response.Headers.ETag);
        Assert.NotNull(response.Content.Headers.LastModified);
        Assert.Contains("must-revalidate", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bytes=0-99", 0, 100)]
    [InlineData("bytes=1000-1999", 1000, 1000)]
    public async Task A_byte_range_answers_206_with_exactly_those_bytes(string range, int start, int length)
    {
        var whole = await Whole();
        using var response = await Ranged(range);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(whole.AsSpan(start, length).ToArray(), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(new ContentRangeHeaderValue(start, start + length - 1, whole.Length), response.Content.Headers.ContentRange);
    }

    [Fact]
    public async Task A_suffix_range_answers_the_last_bytes()
    {
        var whole = await Whole();
        using var response = await Ranged("bytes=-500");

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(whole[^500..], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_range_past_the_end_answers_416_with_the_length()
    {
        var whole = await Whole();
        using var response = await Ranged($"bytes={whole.Length + 10}-");

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal(whole.Length, response.Content.Headers.ContentRange!.Length);
    }

    [Fact]
    public async Task Head_gives_the_length_without_the_body()
    {
        var whole = await Whole();
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/audio/{narrated.Id}.mp3"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(whole.Length, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task If_none_match_with_the_etag_answers_304()
    {
        using var first = await _client.GetAsync($"/audio/{narrated.Id}.mp3");
        var request = new HttpRequestMessage(HttpMethod.Get, $"/audio/{narrated.Id}.mp3");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task A_versioned_url_is_cacheable_forever_and_an_old_revision_is_gone()
    {
        var article = await narrated.App.KeyedClient().GetFromJsonAsync<JsonElement>($"/api/articles/{narrated.Id}");
        var link = article.GetProperty("audio").GetProperty("links").GetProperty("mp3").GetString()!;

        using var versioned = await _client.GetAsync(link);
        using var stale = await _client.GetAsync($"/audio/{narrated.Id}.mp3?v=7");

        Assert.Equal(HttpStatusCode.OK, versioned.StatusCode);
        Assert.Contains("immutable", versioned.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, stale.StatusCode);
    }

    [Fact]
    public async Task Ogg_opus_timings_and_captions_have_their_types()
    {
        using var ogg = await _client.GetAsync($"/audio/{narrated.Id}.ogg");
        using var json = await _client.GetAsync($"/audio/{narrated.Id}.json");
        using var vtt = await _client.GetAsync($"/audio/{narrated.Id}.vtt");

        Assert.Equal("audio/ogg", ogg.Content.Headers.ContentType!.MediaType);
        Assert.Equal("OggS", System.Text.Encoding.ASCII.GetString((await ogg.Content.ReadAsByteArrayAsync())[..4]));
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        Assert.Equal("text/vtt", vtt.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_mp3_says_what_it_is_in_its_id3_tag()
    {
        var whole = await Whole();
        var text = System.Text.Encoding.UTF8.GetString(whole[..Math.Min(whole.Length, 4096)]);

        Assert.Equal("ID3", System.Text.Encoding.ASCII.GetString(whole[..3]));
        Assert.Contains(narrated.Title, text, StringComparison.Ordinal);
        Assert.Contains("synthetic-speech", text, StringComparison.Ordinal);
        Assert.Contains("https://news.example.org/ferry-winter", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/audio/nosuchid.mp3")]
    [InlineData("/audio/..%2F..%2Faloud.db.mp3")]
    [InlineData("/audio/abc.exe")]
    public async Task Unknown_or_hostile_names_answer_404(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
