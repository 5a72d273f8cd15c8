using System.Text;
using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

public sealed class InputLoaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aloud-input-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteFile(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static async Task<string> ErrorAsync(string input, InputLoader? loader = null)
    {
        var e = await Assert.ThrowsAsync<AloudInputException>(() => (loader ?? new InputLoader()).LoadAsync(input));
        Assert.DoesNotContain('\n', e.Message);
        return e.Message;
    }

    [Fact]
    public async Task Loads_a_file_with_its_uri()
    {
        var path = WriteFile("story.html", "<p>Harbor</p>"u8.ToArray());
        var input = await new InputLoader().LoadAsync(path);
        Assert.Equal("<p>Harbor</p>"u8.ToArray(), input.Bytes);
        Assert.Null(input.ContentType);
        Assert.True(input.Source!.IsFile);
        Assert.Equal(path, input.DisplayName);
    }

    [Fact]
    public async Task Reads_standard_input_for_a_dash()
    {
        var loader = new InputLoader(standardInput: () => new MemoryStream(Encoding.UTF8.GetBytes("Piped story text.")));
        var input = await loader.LoadAsync("-");
        Assert.Equal("Piped story text.", Encoding.UTF8.GetString(input.Bytes));
        Assert.Null(input.Source);
        Assert.Equal("standard input", input.DisplayName);
    }

    [Fact]
    public async Task Missing_file_directory_and_empty_input_have_clear_messages()
    {
        var missing = Path.Combine(_dir, "nope.html");
        Assert.Equal($"no such file: {missing}", await ErrorAsync(missing));
        Assert.StartsWith($"{_dir} is a directory", await ErrorAsync(_dir), StringComparison.Ordinal);
        Assert.StartsWith("empty input:", await ErrorAsync(WriteFile("empty.txt", [])), StringComparison.Ordinal);
        Assert.StartsWith("empty input:", await ErrorAsync(WriteFile("blank.txt", " \n\t\r\n"u8.ToArray())), StringComparison.Ordinal);
        var emptyStdin = new InputLoader(standardInput: () => new MemoryStream());
        Assert.Equal("empty input: standard input has no text", await ErrorAsync("-", emptyStdin));
        Assert.StartsWith("no input given", await ErrorAsync("  "), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inputs_over_the_size_limit_are_refused()
    {
        var loader = new InputLoader(new SafeFetchOptions { MaxBytes = 100 },
            () => new MemoryStream(new byte[500]));
        var path = WriteFile("big.txt", Encoding.ASCII.GetBytes(new string('a', 500)));
        Assert.Equal($"too large: {path} is 500 bytes; the limit is 100 bytes", await ErrorAsync(path, loader));
        Assert.Equal("too large: standard input is over the limit of 100 bytes", await ErrorAsync("-", loader));
    }

    [Theory]
    [InlineData("ftp://example.com/story.txt", "ftp")]
    [InlineData("file:///tmp/story.html", "file")]
    [InlineData("gopher://example.com/", "gopher")]
    [InlineData("data:text/plain,hello", "data")]
    public async Task Unsupported_url_schemes_are_named(string input, string scheme)
    {
        Assert.StartsWith($"unsupported URL scheme \"{scheme}\"", await ErrorAsync(input), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Http_urls_go_through_the_safe_fetcher()
    {
        Assert.Equal("refused: 10.1.2.3 is a private address", await ErrorAsync("http://10.1.2.3/story"));
    }
}
