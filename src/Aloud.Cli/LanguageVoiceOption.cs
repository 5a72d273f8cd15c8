using Aloud.Speech;

namespace Aloud.Cli;

/// <summary>Reads <c>--voice-for LANG=VOICE</c> pairs, checking each voice before any work.</summary>
internal static class LanguageVoiceOption
{
    /// <summary>
    /// The voice ids by language; a pair that is not LANG=VOICE, a tag that is not a language, or a voice that is not
    /// here is a usage error (the last naming the installed voices of that language).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Read(string[]? pairs, SpeechEngines engines)
    {
        var choices = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs ?? [])
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var language = equals < 0 ? null : LanguageTags.Clean(pair[..equals]);
            var voice = equals < 0 ? "" : pair[(equals + 1)..].Trim();
            if (language is null || voice.Length == 0)
            {
                throw new UsageException($"--voice-for takes LANG=VOICE, e.g. de=espeak:de (got '{pair}')");
            }
            try
            {
                voice = engines.Resolve(voice).Voice.Id;
            }
            catch (ArgumentException)
            {
                throw new UsageException($"--voice-for {language}: unknown voice '{voice}'; {LanguageVoices.Describe(engines.Voices, language)}");
            }
            choices[language] = voice;
        }
        return choices;
    }
}
