using Aloud.Jobs;
using Aloud.Script.Lexicon;
using Aloud.Store.Sql;
using Aloud.Tests.Store.Sqlite;

namespace Aloud.Tests.Jobs;

public sealed class LexiconSourceTests : IDisposable
{
    private readonly SqliteStoreFixture _store = new();

    public void Dispose() => _store.Dispose();

    private static string Json(int version, string written, string spoken) =>
        $$"""{"version": {{version}}, "entries": [{"written": "{{written}}", "spoken": "{{spoken}}"}]}""";

    [Fact]
    public async Task A_version_is_parsed_once_and_a_newer_one_replaces_it()
    {
        var lexicons = new SqlLexiconStore(_store.Database);
        var source = new LexiconSource(lexicons);
        Assert.Same(PronunciationLexicon.Empty, await source.GetAsync());

        await lexicons.SaveAsync(0, v => Json(v, "Quarrie", "kwarry"));
        var first = await source.GetAsync();
        Assert.Same(first, await source.GetAsync());
        Assert.Equal("kwarry", string.Join(' ', first.Entries.Single().SpokenWords));

        await lexicons.SaveAsync(1, v => Json(v, "Quarrie", "kworry"));
        var second = await source.GetAsync();
        Assert.NotSame(first, second);
        Assert.Equal(2, second.Version);
    }

    [Fact]
    public async Task A_lexicon_remembered_for_the_saved_version_is_given_without_parsing_again_and_an_older_one_is_ignored()
    {
        var lexicons = new SqlLexiconStore(_store.Database);
        var source = new LexiconSource(lexicons);
        var saved = await lexicons.SaveAsync(0, v => Json(v, "Quarrie", "kwarry"));
        var parsed = PronunciationLexicon.Parse(saved!.Json);

        source.Remember(saved.Version, parsed);
        Assert.Same(parsed, await source.GetAsync());

        source.Remember(0, PronunciationLexicon.Empty);
        Assert.Same(parsed, await source.GetAsync());
    }
}
