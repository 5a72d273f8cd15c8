namespace Aloud.Ingest.Feeds;

/// <summary>
/// Compares a fetched feed with the items seen before: new by id and by link (feeds that change an item's
/// guid would otherwise announce it twice), edited when a known item's content hash changes.
/// </summary>
internal static class FeedDiff
{
    public sealed record Result(List<FeedItem> New, List<FeedItem> Edited, List<SeenFeedItem> Seen);

    public static Result Compare(IReadOnlyList<SeenFeedItem> seen, IReadOnlyList<FeedItem> items, DateTimeOffset now, int maxRemembered)
    {
        var remembered = seen.ToList();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var byLink = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < remembered.Count; i++) Index(remembered[i], i, byId, byLink);

        var added = new List<FeedItem>();
        var edited = new List<FeedItem>();
        foreach (var item in items)
        {
            var hash = item.ContentHash;
            if (byId.TryGetValue(item.Id, out var known)
                || (item.Link is not null && byLink.TryGetValue(item.Link.AbsoluteUri, out known)))
            {
                if (remembered[known].ContentHash != hash)
                {
                    if (!edited.Contains(item)) edited.Add(item);
                    remembered[known] = remembered[known] with { ContentHash = hash };
                }
                if (!byId.ContainsKey(item.Id)) byId[item.Id] = known; // a changed guid, same story
                continue;
            }
            added.Add(item);
            remembered.Add(new SeenFeedItem(item.Id, item.Link, hash, now));
            Index(remembered[^1], remembered.Count - 1, byId, byLink);
        }
        return new Result(added, edited, Prune(remembered, items, maxRemembered));
    }

    private static void Index(SeenFeedItem item, int index, Dictionary<string, int> byId, Dictionary<string, int> byLink)
    {
        byId[item.Id] = index;
        if (item.Link is not null) byLink[item.Link.AbsoluteUri] = index;
    }

    /// <summary>Forgets the oldest items beyond the limit, but never one still listed (it would come back as new).</summary>
    private static List<SeenFeedItem> Prune(List<SeenFeedItem> remembered, IReadOnlyList<FeedItem> items, int max)
    {
        var excess = remembered.Count - max;
        if (excess <= 0) return remembered;
        var listed = items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var listedLinks = items.Where(i => i.Link is not null).Select(i => i.Link!.AbsoluteUri).ToHashSet(StringComparer.Ordinal);
        var kept = new List<SeenFeedItem>(remembered.Count);
        foreach (var seen in remembered)
        {
            var stillListed = listed.Contains(seen.Id) || (seen.Link is not null && listedLinks.Contains(seen.Link.AbsoluteUri));
            if (excess > 0 && !stillListed) excess--;
            else kept.Add(seen);
        }
        return kept;
    }
}
