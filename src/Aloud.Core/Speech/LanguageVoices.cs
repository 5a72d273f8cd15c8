using Aloud.Speech.Espeak;

namespace Aloud.Speech;

/// <summary>
/// Which voice reads the passages of an article that are in another language (decision 0014): the voice chosen
/// for that language (<c>--voice-for de=...</c>, a feed's or publisher's setting), else a voice of the article
/// voice's own engine that speaks it (a Piper article gets a Piper German voice), else eSpeak NG's voice for the
/// language; when none is installed, the article's voice reads it. A voice that already speaks the language is kept.
/// </summary>
/// <param name="installed">Every voice of this machine (<see cref="SpeechEngines.Voices"/>).</param>
/// <param name="articleVoice">The voice that reads the article.</param>
/// <param name="choices">Voice ids by language tag ("de" or "de-AT"), as configured; a region-less tag covers its regions.</param>
public sealed class LanguageVoices(IReadOnlyList<Voice> installed, Voice articleVoice, IReadOnlyDictionary<string, string>? choices = null)
{
    /// <summary>
    /// The voice id configured for <paramref name="language"/> (exact tag first, then its primary language), or
    /// null when none is: the caller resolves it, so an unknown id is reported (CLI) or replaced (service).
    /// </summary>
    public string? ChosenFor(string language)
    {
        if (choices is null || choices.Count == 0)
        {
            return null;
        }
        var tag = LanguageTags.Normalize(language);
        var primary = LanguageTags.Primary(language);
        string? byPrimary = null;
        foreach (var (key, id) in choices)
        {
            var k = LanguageTags.Normalize(key);
            if (k == tag)
            {
                return id;
            }
            if (k == primary)
            {
                byPrimary = id;
            }
        }
        return byPrimary;
    }

    /// <summary>
    /// The installed voice that reads passages in <paramref name="language"/> when nothing is configured for it, or
    /// null when the article's voice should (it speaks the language, or no installed voice does).
    /// </summary>
    public Voice? DefaultFor(string language)
    {
        if (LanguageTags.SameLanguage(articleVoice.Language, language))
        {
            return null;
        }
        var speaking = Speaking(installed, language);
        return Best(speaking.Where(v => v.Engine == articleVoice.Engine), language)
            ?? Best(speaking.Where(v => v.Engine == EspeakEngine.EngineName), language);
    }

    /// <summary>The voices of <paramref name="voices"/> that speak <paramref name="language"/> (its primary language).</summary>
    public static IReadOnlyList<Voice> Speaking(IEnumerable<Voice> voices, string language) =>
        voices.Where(v => LanguageTags.SameLanguage(v.Language, language)).ToList();

    /// <summary>One line naming the installed voices of a language, for errors and warnings.</summary>
    public static string Describe(IEnumerable<Voice> voices, string language)
    {
        var ids = Speaking(voices, language).Select(v => v.Id).ToList();
        return ids.Count == 0
            ? $"no installed voice speaks '{language}'"
            : $"voices for '{LanguageTags.Primary(language)}' here: {string.Join(", ", ids.Take(12))}{(ids.Count > 12 ? ", ..." : "")}";
    }

    /// <summary>
    /// The voice whose tag is the language's own ("de-at" for "de-AT"), else the plain language's ("de"), else the
    /// language's home variety ("fr-fr", "de-de"; eSpeak has no plain "fr"), else the first.
    /// </summary>
    private static Voice? Best(IEnumerable<Voice> voices, string language)
    {
        var list = voices.ToList();
        var tag = LanguageTags.Normalize(language);
        var primary = LanguageTags.Primary(language);
        return list.FirstOrDefault(v => LanguageTags.Normalize(v.Language) == tag)
            ?? list.FirstOrDefault(v => LanguageTags.Normalize(v.Language) == primary)
            ?? list.FirstOrDefault(v => LanguageTags.Normalize(v.Language) == primary + "-" + primary)
            ?? list.FirstOrDefault();
    }
}
