namespace Aloud.Server.Tests;

/// <summary>One app with one narrated article (MP3 and Ogg), shared by the read-only tests of a class.</summary>
public sealed class NarratedArticle : IAsyncLifetime
{
    public AloudAppFactory App { get; } = new();

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
        return Task.CompletedTask;
    }
}
