using System.Text;
using System.Text.Json;

namespace Aloud.Tests.Commands;

/// <summary><c>aloud eval extract</c> on tiny corpora written here, in both layouts.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private const string Story = "<html><body><article><p>The ferry council met on Tuesday and voted to keep the night crossing for another year.</p>"
        + "<p>Members said the late boat carries nurses and bakers who start before the bridge opens.</p></article>"
        + "<aside><p>Sign up for our newsletter about ferries and tides every morning.</p></aside></body></html>";

    private const string Truth = "The ferry council met on Tuesday and voted to keep the night crossing for another year.\n\n"
        + "Members said the late boat carries nurses and bakers who start before the bridge opens.";

    private readonly string _folder = Directory.CreateTempSubdirectory("aloud-eval-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    [Fact]
    public void Benchmark_layout_scores_a_perfect_page()
    {
        Write("p1.html", Story);
        Write("truth.json", JsonSerializer.Serialize(new Dictionary<string, object> { ["p1"] = new { articleBody = Truth, url = "https://example.com/a" } }));
        var result = CliRunner.Run("eval", "extract", "--pages", _folder, "--truth", Path.Combine(_folder, "truth.json"), "--json", "--per-page");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StandardOutput);
        Assert.Equal(1, json.RootElement.GetProperty("pages").GetInt32());
        Assert.Equal(1.0, json.RootElement.GetProperty("f1").GetDouble());
        Assert.Equal("p1", json.RootElement.GetProperty("worst")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Readability_layout_uses_the_text_of_expected_html()
    {
        Write("ferry/source.html", Story);
        Write("ferry/expected.html", "<div><p>The ferry council met on Tuesday and voted to keep the night crossing for another year.</p></div>");
        var result = CliRunner.Run("eval", "extract", "--pages", _folder);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 pages", result.StandardOutput);
        Assert.Contains("recall=1.000", result.StandardOutput);
        Assert.DoesNotContain("precision=1.000", result.StandardOutput); // the second paragraph is not in the truth
    }

    [Fact]
    public void A_missing_page_is_bad_input()
    {
        Write("truth.json", "{\"gone\": {\"articleBody\": \"x\", \"url\": \"https://example.com/\"}}");
        var result = CliRunner.Run("eval", "extract", "--pages", _folder, "--truth", Path.Combine(_folder, "truth.json"));
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("gone", result.StandardError);
    }
}
