using System.Text.Json;

namespace Aloud.Ingest.Evaluation;

/// <summary>
/// Loads an extraction corpus from disk in one of two layouts: the article extraction benchmark's
/// (<c>DIR/&lt;id&gt;.html</c> plus a JSON truth file mapping each id to <c>articleBody</c> and <c>url</c>)
/// or Mozilla Readability's test pages (<c>DIR/&lt;name&gt;/source.html</c> and <c>expected.html</c>, whose
/// text is the truth).
/// </summary>
public static class EvaluationCorpus
{
    /// <summary>
    /// The pages under <paramref name="folder"/>: benchmark layout when <paramref name="truthFile"/> is given,
    /// else Readability layout.
    /// </summary>
    /// <exception cref="AloudInputException">The folder, the truth file or a page is missing or unreadable.</exception>
    public static IReadOnlyList<EvaluationPage> Load(string folder, string? truthFile)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder)) throw new AloudInputException($"no such folder: {folder}");
        return truthFile is null ? LoadReadability(folder) : LoadBenchmark(folder, truthFile);
    }

    private static List<EvaluationPage> LoadBenchmark(string folder, string truthFile)
    {
        if (!File.Exists(truthFile)) throw new AloudInputException($"no such file: {truthFile}");
        Dictionary<string, TruthEntry>? truth;
        try
        {
            truth = JsonSerializer.Deserialize<Dictionary<string, TruthEntry>>(File.ReadAllText(truthFile));
        }
        catch (JsonException error)
        {
            throw new AloudInputException($"{truthFile} is not a truth file (a JSON object of id -> {{articleBody, url}}): {error.Message}");
        }
        var pages = new List<EvaluationPage>();
        foreach (var (id, entry) in (truth ?? []).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, id + ".html");
            if (!File.Exists(path)) throw new AloudInputException($"the truth file names {id} but {path} does not exist");
            Uri.TryCreate(entry.Url, UriKind.Absolute, out var url);
            pages.Add(new EvaluationPage(id, File.ReadAllBytes(path), entry.ArticleBody ?? "", url));
        }
        return pages;
    }

    private static List<EvaluationPage> LoadReadability(string folder)
    {
        var pages = new List<EvaluationPage>();
        foreach (var dir in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            var source = Path.Combine(dir, "source.html");
            var expected = Path.Combine(dir, "expected.html");
            if (!File.Exists(source) || !File.Exists(expected)) continue;
            var truth = HtmlText.Of(File.ReadAllText(expected));
            pages.Add(new EvaluationPage(Path.GetFileName(dir), File.ReadAllBytes(source), truth, null));
        }
        if (pages.Count == 0)
            throw new AloudInputException($"{folder} has no <name>/source.html + expected.html pages; give --truth FILE for the benchmark layout");
        return pages;
    }

    private sealed record TruthEntry
    {
        [System.Text.Json.Serialization.JsonPropertyName("articleBody")]
        public string? ArticleBody { get; init; }

        [System.Text.Json.Serialization.JsonPropertyName("url")]
        public string? Url { get; init; }
    }
}
