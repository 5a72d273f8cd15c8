using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Aloud.Server.Tests.Endpoints;

public sealed class LexiconEndpointsTests : IDisposable
{
    private readonly AloudAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_new_entry_renarrates_only_the_sentences_of_the_articles_that_hold_the_word()
    {
        var paragraphs = Enumerable.Range(0, 6).Select(Samples.Paragraph).ToList();
        paragraphs[3] = "The new mayor, Siobhan Quarrie, opened the bridge. Everyone cheered.";
        var named = await _app.PostAsync(new { text = string.Join("\n\n", paragraphs) });
        var other = await _app.PostAsync(new { text = Samples.Story(2) });
        await _app.WaitForAsync(named);
        await _app.WaitForAsync(other);
        var before = _app.Syntheses;

        using var put = await _app.KeyedClient().PutAsJsonAsync("/api/lexicon/entries/Siobhan", new { spoken = "shiv awn" });
        var saved = await put.Content.ReadFromJsonAsync<JsonElement>();
        await _app.WaitForAsync(named, revision: 2);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(1, saved.GetProperty("version").GetInt32());
        Assert.Equal(1, saved.GetProperty("articlesQueued").GetInt32());
        Assert.Equal(1, _app.Syntheses - before); // the one sentence with the name
        var timings = await _app.CreateClient().GetFromJsonAsync<JsonElement>($"/audio/{named}.json");
        Assert.Contains(timings.GetProperty("words").EnumerateArray(), w => w.GetProperty("text").GetString() == "shiv");
        var untouched = await _app.KeyedClient().GetFromJsonAsync<JsonElement>($"/api/articles/{other}");
        Assert.Equal(1, untouched.GetProperty("audio").GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task Entries_are_versioned_listed_and_removed()
    {
        var client = _app.KeyedClient();
        await client.PutAsJsonAsync("/api/lexicon/entries/Quarrie", new { spoken = "kwarry" });
        await client.PutAsJsonAsync("/api/lexicon/entries/Quarrie", new { ipa = "ˈkwɔɹi" });

        var lexicon = await client.GetFromJsonAsync<JsonElement>("/api/lexicon");
        using var delete = await client.DeleteAsync("/api/lexicon/entries/Quarrie");
        using var again = await client.DeleteAsync("/api/lexicon/entries/Quarrie");

        Assert.Equal(2, lexicon.GetProperty("version").GetInt32());
        var entry = Assert.Single(lexicon.GetProperty("entries").EnumerateArray());
        Assert.Equal("ˈkwɔɹi", entry.GetProperty("ipa").GetString());
        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task A_bad_entry_is_refused_with_the_lexicon_parsers_reason_and_saves_nothing()
    {
        var client = _app.KeyedClient();
        using var digits = await client.PutAsJsonAsync("/api/lexicon/entries/Quarrie", new { spoken = "kw4rry" });
        using var empty = await client.PutAsJsonAsync("/api/lexicon/entries/Quarrie", new { caseSensitive = true });

        Assert.Equal(HttpStatusCode.BadRequest, digits.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/lexicon")).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_preview_says_what_a_save_would_narrate_again_and_speaks_an_ipa_entry_without_saving()
    {
        var named = await _app.PostAsync(new { text = "The new mayor, Siobhan Quarrie, opened the bridge. Everyone cheered." });
        await _app.PostAsync(new { text = Samples.Story(1) });
        await _app.WaitForAsync(named);
        var client = _app.KeyedClient();

        var preview = await (await client.PostAsJsonAsync("/api/lexicon/preview", new { written = "Quarrie", ipa = "ˈkwɔɹi" })).Content.ReadFromJsonAsync<JsonElement>();
        using var audio = await client.PostAsJsonAsync("/api/lexicon/preview/audio", new { written = "Quarrie", ipa = "ˈkwɔɹi" });
        using var bad = await client.PostAsJsonAsync("/api/lexicon/preview", new { written = "Quarrie", spoken = "kw4rry" });
        var lexicon = await client.GetFromJsonAsync<JsonElement>("/api/lexicon");

        Assert.Equal(1, preview.GetProperty("count").GetInt32());
        Assert.Equal(named, preview.GetProperty("affected")[0].GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, audio.StatusCode);
        Assert.Equal("audio/mpeg", audio.Content.Headers.ContentType!.MediaType);
        Assert.InRange(Mp3.DurationSeconds(await audio.Content.ReadAsByteArrayAsync()), 0.3, 4.0);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(0, lexicon.GetProperty("version").GetInt32()); // nothing was saved
    }

    [Fact]
    public async Task Edits_sent_at_once_all_land_each_as_its_own_version()
    {
        var client = _app.KeyedClient();
        var words = Enumerable.Range(0, 12).Select(i => "Quarrie" + (char)('a' + i)).ToList();

        var answers = await Task.WhenAll(words.Select(w => client.PutAsJsonAsync($"/api/lexicon/entries/{w}", new { spoken = "kwarry" })));
        var lexicon = await client.GetFromJsonAsync<JsonElement>("/api/lexicon");

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(words.Count, lexicon.GetProperty("version").GetInt32());
        Assert.Equal(words.Order(), lexicon.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("written").GetString()!).Order());
        foreach (var answer in answers) answer.Dispose();
    }

    [Fact]
    public async Task A_part_of_speech_by_its_short_name_replaces_the_entry_of_the_full_name_and_leaves_others()
    {
        var client = _app.KeyedClient();
        using var noun = await client.PutAsJsonAsync("/api/lexicon/entries/Quarrie", new { spoken = "kwarry", partOfSpeech = "noun" });
        using var verb = await client.PutAsJsonAsync("/api/lexicon/entries/Quarrie", new { spoken = "kwerry", partOfSpeech = "verb" });
        using var shortNoun = await client.PutAsJsonAsync("/api/lexicon/entries/Quarrie", new { spoken = "kworry", partOfSpeech = "n" });
        var lexicon = await client.GetFromJsonAsync<JsonElement>("/api/lexicon");

        Assert.All([noun, verb, shortNoun], a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var spoken = lexicon.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("spoken").GetString()).Order();
        Assert.Equal(["kwerry", "kworry"], spoken);
    }
}
