using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Aloud.Server.Tests.Security;

/// <summary>
/// Hostile article text through the service: markup and control characters reach the engines as words to say,
/// never as commands (an SSML or eSpeak break of 100 s would show in the length); a 1 MB word and absurd numbers
/// are narrated in bounded time and length; XML attacks in SSML are refused before anything is stored; a lexicon
/// entry cannot carry engine markup.
/// </summary>
public sealed class HostileTextTests : IDisposable
{
    /// <summary>What an engine would obey if it were given markup: a 100-second pause, a phoneme switch, terminal escapes.</summary>
    private const string Markup =
        "The harbour opened <speak><break time=\"100s\"/></speak> at dawn [[h@'loU]] today. <audio src=\"file:///etc/passwd\"/> "
        + "Boats \u001b[2J\u0007\u0000 left <prosody rate=\"x-slow\"><break strength=\"x-strong\" time=\"100000ms\"/></prosody> at noon. "
        + "\\!voice=kal\\ A final `rm -rf /` $(reboot) %s%n sentence ends the story.";

    private readonly AloudAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<JsonElement> NarratedAsync(object body, int seconds = 120)
    {
        var id = await _app.PostAsync(body);
        return await _app.WaitForAsync(id, seconds: seconds);
    }

    private static double Duration(JsonElement article) => article.GetProperty("audio").GetProperty("durationSeconds").GetDouble();

    [Theory]
    [InlineData("rms")]      // Flite
    [InlineData("en-us")]    // eSpeak NG
    public async Task Markup_and_control_characters_are_said_or_dropped_never_obeyed(string voice)
    {
        var article = await NarratedAsync(new { text = Markup, voice });
        Assert.InRange(Duration(article), 3, 40);
    }

    [Fact]
    public async Task Escaped_markup_in_an_html_page_is_text_too()
    {
        var html = Samples.Page("Escaped", ["The harbour opened &lt;break time=&quot;100s&quot;/&gt; at dawn &amp;&#0; today.", "Boats left at noon and came back by six."]);
        var article = await NarratedAsync(new { html, voice = "en-us" });
        Assert.InRange(Duration(article), 2, 30);
    }

    [Fact]
    public async Task A_one_megabyte_word_is_narrated_in_bounded_time_and_length()
    {
        var article = await NarratedAsync(new { text = "The word is " + new string('a', 1_000_000) + " and that is all. The harbour is calm." }, seconds: 60);
        Assert.InRange(Duration(article), 1, 30);
    }

    [Fact]
    public async Task Absurd_numbers_are_read_in_bounded_length()
    {
        var text = "The count was " + new string('9', 20_000) + ". It rose by 1e999999 to 10^10^10 and -0." + new string('0', 5000) + "1 percent. "
            + "Then 1,000,000,000,000,000,000,000,000,000,000 and 99999999999999999999999999999999th place and $" + new string('7', 3000) + ".5bn.";
        var article = await NarratedAsync(new { text }, seconds: 120);
        Assert.InRange(Duration(article), 1, 180);
    }

    [Theory]
    [InlineData("<!DOCTYPE speak [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><speak>Read &x; now.</speak>")]
    [InlineData("<!DOCTYPE speak SYSTEM \"http://127.0.0.1:9/evil.dtd\"><speak>Read &x; now.</speak>")]
    [InlineData("<!DOCTYPE speak [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]><speak>&g;</speak>")]
    public async Task Xml_attacks_in_ssml_are_refused_and_nothing_is_stored(string ssml)
    {
        using var response = await _app.KeyedClient().PostAsJsonAsync("/api/articles", new { ssml });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, (await _app.KeyedClient().GetFromJsonAsync<JsonElement>("/api/articles")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("{\"spoken\": \"<break time='99s'/>\"}")]
    [InlineData("{\"spoken\": \"[[h@'loU]]\"}")]
    [InlineData("{\"spoken\": \"hello \\u001b[2J\"}")]
    [InlineData("{\"spoken\": \"\\\\!voice=kal\\\\ hi\"}")]
    [InlineData("{\"spoken\": \"hi <phoneme ph='x'>\"}")]
    [InlineData("{\"ipa\": \"]] [[h@'loU\"}")]
    [InlineData("{\"ipa\": \"<break/>\"}")]
    public async Task A_lexicon_entry_carrying_engine_markup_is_refused(string entry)
    {
        var client = _app.KeyedClient();
        using var content = new StringContent(entry, System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PutAsync("/api/lexicon/entries/Quarrie", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/lexicon")).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_written_form_full_of_markup_only_ever_matches_text_and_is_said_as_respelled()
    {
        var client = _app.KeyedClient();
        using var put = await client.PutAsJsonAsync($"/api/lexicon/entries/{Uri.EscapeDataString("<break/>")}", new { spoken = "kwarry" });
        Assert.True(put.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)put.StatusCode}");
        var article = await NarratedAsync(new { text = "The <break/> boat left at dawn.", voice = "en-us" });
        Assert.InRange(Duration(article), 1, 20);
    }
}
