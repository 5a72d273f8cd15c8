namespace Aloud.Bench;

/// <summary>
/// News-like text for the benchmarks: the project's sample article's paragraphs (samples/), repeated to
/// about a megabyte so one operation is long enough to time well.
/// </summary>
internal static class NewsText
{
    public static string[] Paragraphs(int targetCharacters)
    {
        var sample = FindSample();
        var html = File.ReadAllText(sample);
        var article = Ingest.HtmlArticleExtractor.Extract(html);
        var paragraphs = article.Blocks.Select(b => b.Text).ToArray();
        var result = new List<string>();
        var total = 0;
        while (total < targetCharacters)
        {
            foreach (var paragraph in paragraphs)
            {
                result.Add(paragraph);
                total += paragraph.Length;
            }
        }
        return [.. result];
    }

    private static string FindSample()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "samples", "harbor-festival.html");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("samples/harbor-festival.html not found above " + AppContext.BaseDirectory);
    }
}
