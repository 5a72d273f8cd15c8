using Aloud.Speech;
using Aloud.Tests.Speech.Piper;

namespace Aloud.Tests.Speech;

/// <summary>Which installed voice reads a passage in another language, and the language tags it compares.</summary>
public sealed class LanguageVoicesTests
{
    private static readonly SpeechEngines Engines = new(catalogue: TinyVoices.Catalogue(
        ("english", "wave", null),
        ("german", "wave", TinyVoices.Config(16000, c =>
        {
            c["espeak"] = new Dictionary<string, object?> { ["voice"] = "de" };
            c["language"] = new Dictionary<string, object?> { ["code"] = "de_DE" };
        }))));

    private static Voice VoiceOf(string id) => Engines.Resolve(id).Voice;

    private static string? DefaultFor(string articleVoice, string language, Dictionary<string, string>? choices = null) =>
        new LanguageVoices(Engines.Voices, VoiceOf(articleVoice), choices).DefaultFor(language)?.Id;

    [Theory]
    [InlineData("rms", "de", "espeak:de")]            // Flite speaks only English: eSpeak NG's German
    [InlineData("espeak:en-us", "de", "espeak:de")]   // the same engine
    [InlineData("piper:english", "de-DE", "piper:german")] // a Piper article gets the Piper German voice
    [InlineData("rms", "fr", "espeak:fr-fr")]         // eSpeak has no plain "fr": the home variety
    [InlineData("rms", "fr-BE", "espeak:fr-be")]      // the region asked for, when there is one
    [InlineData("rms", "pt-BR", "espeak:pt-br")]
    public void The_default_is_the_article_engines_voice_else_espeaks(string articleVoice, string language, string expected) =>
        Assert.Equal(expected, DefaultFor(articleVoice, language));

    [Fact]
    public void Any_engine_family_keeps_its_own_voices_first()
    {
        // Listings only: the choice reads ids, engines and languages, so Kokoro's (24 kHz) are plain records here.
        Voice V(string id, string engine, string language) => new(id, engine, id, language, 24000, id);
        var kokoro = V("kokoro:af_heart", "kokoro", "en-US");
        IReadOnlyList<Voice> installed = [kokoro, V("kokoro:ff_siwis", "kokoro", "fr-FR"), V("espeak:fr-fr", "espeak", "fr-fr"), V("espeak:it", "espeak", "it")];
        var languages = new LanguageVoices(installed, kokoro);
        Assert.Equal("kokoro:ff_siwis", languages.DefaultFor("fr")?.Id);
        Assert.Equal("espeak:it", languages.DefaultFor("it")?.Id);
    }

    [Theory]
    [InlineData("rms", "en-GB")]
    [InlineData("piper:german", "de-AT")]
    [InlineData("rms", "tlh")] // no installed voice speaks Klingon: the article's voice reads it
    public void The_article_voice_reads_what_it_speaks_and_what_no_voice_does(string articleVoice, string language) =>
        Assert.Null(DefaultFor(articleVoice, language));

    [Fact]
    public void A_configured_voice_is_found_by_exact_tag_then_by_primary_language()
    {
        var choices = new Dictionary<string, string> { ["de"] = "piper:german", ["de-CH"] = "espeak:de" };
        var languages = new LanguageVoices(Engines.Voices, VoiceOf("rms"), choices);
        Assert.Equal("espeak:de", languages.ChosenFor("de-ch"));
        Assert.Equal("piper:german", languages.ChosenFor("de_AT"));
        Assert.Null(languages.ChosenFor("fr"));
    }

    [Fact]
    public void Describe_names_the_installed_voices_of_a_language()
    {
        var line = LanguageVoices.Describe(Engines.Voices, "de-DE");
        Assert.StartsWith("voices for 'de' here: ", line, StringComparison.Ordinal);
        Assert.Contains("espeak:de", line, StringComparison.Ordinal);
        Assert.Contains("piper:german", line, StringComparison.Ordinal);
        Assert.Equal("no installed voice speaks 'tlh'", LanguageVoices.Describe(Engines.Voices, "tlh"));
    }

    [Theory]
    [InlineData("piper:de_DE-thorsten-medium", "de-DE")]
    [InlineData("espeak:de", "de")]
    [InlineData("fr-be", "fr-BE")]
    [InlineData("rms", null)]
    [InlineData("kal16", null)]
    [InlineData("kokoro:af_heart", null)]
    public void A_voice_name_states_its_language_or_nothing(string name, string? expected) =>
        Assert.Equal(expected, LanguageTags.FromVoiceName(name));

    [Theory]
    [InlineData("de", "de-DE", true)]
    [InlineData("pt_BR", "PT-pt", true)]
    [InlineData("en", "es", false)]
    [InlineData("", "", false)]
    public void Tags_compare_by_primary_language(string a, string b, bool same) =>
        Assert.Equal(same, LanguageTags.SameLanguage(a, b));
}
