using System.Text;
using System.Text.Json;

namespace Aloud.Tests.Commands;

/// <summary><c>aloud extract</c> on the project's sample and on small pages written here.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aloud-extract-").FullName;

    private static string Sample => Path.Combine(CliRunner.SamplesFolder, "harbor-festival.html");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string html)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, html, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void Text_shows_the_metadata_then_the_body()
    {
        var result = CliRunner.Run("extract", Sample);
        Assert.Equal(0, result.ExitCode);
        var lines = result.StandardOutput.Split('\n');
        Assert.Equal("Lighthouse keeper's granddaughter revives the Harbor Lantern Festival", lines[0]);
        Assert.Equal("Marisol Quintero", lines[1]);
        Assert.Equal("2025-10-04T06:30:00-07:00", lines[2]);
        Assert.Equal("", lines[3]);
        Assert.StartsWith("Port Alder will light up its harbor", lines[4]);
        Assert.Empty(result.StandardError);
    }

    [Fact]
    public void Json_has_the_fields_and_camel_case_block_kinds()
    {
        var result = CliRunner.Run("extract", Sample, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StandardOutput);
        var root = json.RootElement;
        Assert.Equal("Marisol Quintero", root.GetProperty("byline").GetString());
        Assert.Equal("2025-10-04T06:30:00-07:00", root.GetProperty("published").GetString());
        Assert.Equal("en-US", root.GetProperty("language").GetString());
        Assert.StartsWith("file://", root.GetProperty("url").GetString());
        var blocks = root.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal(string.Join("\n\n", blocks.Select(b => b.GetProperty("text").GetString())), root.GetProperty("articleBody").GetString());
        Assert.DoesNotContain("Lighthouse keeper's granddaughter", root.GetProperty("articleBody").GetString());
        Assert.Equal("paragraph", blocks[0].GetProperty("kind").GetString());
        Assert.Equal("credit", blocks[^1].GetProperty("kind").GetString());
    }

    [Fact]
    public void Headings_lists_and_quotes_keep_their_kinds()
    {
        var page = Write("kinds.html", "<html lang='en'><body><article><h1>Tide tables</h1>"
            + "<p>The tide tables for the coming season were printed this week, a month later than usual.</p>"
            + "<h2>What changed</h2><ul><li>Two new buoys at the harbor mouth</li><li>Later ferry on Sundays</li></ul>"
            + "<blockquote>We checked every number twice this year.</blockquote></article></body></html>");
        var result = CliRunner.Run("extract", page, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StandardOutput);
        var kinds = json.RootElement.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["paragraph", "heading", "listItem", "listItem", "quote"], kinds);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("published").ValueKind);
    }

    [Fact]
    public void Captions_only_when_asked()
    {
        var page = Write("photo.html", "<html><body><article><p>The new lighthouse lamp was lit on Friday for the first time in twelve years.</p>"
            + "<figure><img src='x.jpg'><figcaption>The lamp at dusk.</figcaption></figure></article></body></html>");
        Assert.DoesNotContain("The lamp at dusk.", CliRunner.Run("extract", page).StandardOutput);
        Assert.Contains("The lamp at dusk.", CliRunner.Run("extract", page, "--captions").StandardOutput);
    }

    [Fact]
    public void A_page_without_article_text_fails_like_narrate()
    {
        var result = CliRunner.Run("extract", Write("empty.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>"));
        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("aloud: no article text", result.StandardError);
        Assert.Empty(result.StandardOutput);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error() =>
        Assert.Equal(2, CliRunner.Run("extract", Sample, "--format", "xml").ExitCode);
}
