using Aloud.Jobs;
using Aloud.Script;
using Aloud.Store;

namespace Aloud.Server.Lexicon;

/// <summary>A name the lexicon does not know, how often the recent narrations read it, and where.</summary>
public sealed record NameToReview(string Name, int Count, IReadOnlyList<string> ArticleIds);

/// <summary>
/// The `aloud names` report over the service's recent narrations: the capitalised names the lexicon does not
/// know yet, added up across articles, most frequent first. Scripts are rebuilt from the stored content of each
/// article's published version with the current lexicon, exactly as a worker would read them.
/// </summary>
public sealed class NameReview(IArticleStore articles, LexiconSource lexicon)
{
    /// <summary>How many of the newest narrated articles are read: enough for a newsroom's day, cheap enough per request.</summary>
    public const int Articles = 50;

    public async Task<IReadOnlyList<NameToReview>> ListAsync(int limit, CancellationToken token)
    {
        var current = await lexicon.GetAsync(token).ConfigureAwait(false);
        // Every article with a published narration, also one being narrated again (a lexicon edit queues it).
        var page = await articles.ListAsync(new ArticleQuery(0, Articles, null), token).ConfigureAwait(false);
        var counts = new Dictionary<string, (int Count, List<string> Ids)>(StringComparer.Ordinal);
        foreach (var article in page.Items)
        {
            if (article.Audio is not { } audio) continue;
            var content = await articles.GetContentAsync(article.Id, audio.Version, token).ConfigureAwait(false);
            if (content is null) continue;
            Script.Script script;
            try
            {
                var read = ArticleContentReader.Read(content, article.Url is { } url ? new Uri(url) : null, article.Settings);
                script = new ScriptWriter(ArticleContentReader.ScriptOptionsFor(article.Settings, current)).Write(read);
            }
            catch (Ingest.AloudInputException)
            {
                continue; // content that no longer reads (rules changed): nothing to review in it
            }
            foreach (var name in ProperNounReport.Create(script, current))
            {
                var (count, ids) = counts.TryGetValue(name.Name, out var known) ? known : (0, new List<string>());
                ids.Add(article.Id);
                counts[name.Name] = (count + name.Count, ids);
            }
        }
        return counts.Select(c => new NameToReview(c.Key, c.Value.Count, c.Value.Ids))
            .OrderByDescending(n => n.Count).ThenBy(n => n.Name, StringComparer.Ordinal).Take(limit).ToList();
    }
}
