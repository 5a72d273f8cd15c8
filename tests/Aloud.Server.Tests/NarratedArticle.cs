namespace Aloud.Server.Tests;

/// <summary>One app with one narrated article (MP3 and Ogg), shared by the read-only tests of a class.</summary>
public class NarratedArticle : IAsyncLifetime
{
    public NarratedArticle() : this([])
    {
    }

    protected NarratedArticle(Dictionary<string, string?> settings) => App = new AloudAppFactory(settings);

    public AloudAppFactory App { get; }

    public string Id { get; private set; } = "";

    public string Title => "Ferry timetable changes for winter";

    public async Task InitializeAsync()
    {
        Id = await App.PostAsync(new
        {
            html = Samples.Page(Title, Enumerable.Range(0, 4).Select(Samples.Paragraph)),
            url = "https://news.example.org/ferry-winter",
            formats = new[] { "mp3", "ogg" },
        });
        await App.WaitForAsync(Id);
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        GC.SuppressFinalize(this);
        return Task.CompletedTask;
    }
}

/// <summary>The same, with the service's state in PostgreSQL and its audio in S3 (the tests' own servers).</summary>
public sealed class NarratedArticleOnPostgresAndS3 : NarratedArticle
{
    public NarratedArticleOnPostgresAndS3() : base(Backends.PostgresAndS3())
    {
    }
}
