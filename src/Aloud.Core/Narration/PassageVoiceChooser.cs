using Aloud.Speech;

namespace Aloud.Narration;

/// <summary>
/// Builds <see cref="Narrator.VoiceForLanguage"/> from <see cref="LanguageVoices"/>: the configured or default voice
/// of a language, resolved through the caller's engines (the service's sit behind its clip cache).
/// </summary>
public static class PassageVoiceChooser
{
    /// <param name="languages">Which voice reads which language.</param>
    /// <param name="installed">Every voice of this machine, to name a language's voices in errors and warnings.</param>
    /// <param name="resolve">A voice id to its engine and voice; throws <see cref="ArgumentException"/> for an unknown id.</param>
    /// <param name="rateFor">The rate a voice reads at (the request's, else the voice's own default).</param>
    /// <param name="warn">
    /// Null: a configured voice that is not here is an error naming the language's installed voices. Otherwise it
    /// is replaced by the language's default voice (or the article's), and this hears one line saying so.
    /// </param>
    public static Func<string, PassageVoice?> Create(
        LanguageVoices languages, IReadOnlyList<Voice> installed, Func<string, (ISpeechEngine Engine, Voice Voice)> resolve,
        Func<Voice, double> rateFor, Action<string>? warn = null)
    {
        ArgumentNullException.ThrowIfNull(languages);
        ArgumentNullException.ThrowIfNull(resolve);
        ArgumentNullException.ThrowIfNull(rateFor);
        PassageVoice Passage(string id)
        {
            var (engine, voice) = resolve(id);
            return new PassageVoice(engine, voice, new SynthesisOptions(rateFor(voice)));
        }
        return language =>
        {
            if (languages.ChosenFor(language) is { } chosen)
            {
                try
                {
                    return Passage(chosen);
                }
                catch (Exception e) when (e is ArgumentException or NativeLibraryMissingException)
                {
                    if (warn is null)
                    {
                        throw new ArgumentException($"the voice chosen for '{language}', '{chosen}', is not here; {LanguageVoices.Describe(installed, language)}", e);
                    }
                    var replacement = languages.DefaultFor(language);
                    warn($"the voice chosen for '{language}' passages, '{chosen}', is not installed: read by {replacement?.Id ?? "the article's voice"} instead");
                    return replacement is null ? null : Passage(replacement.Id);
                }
            }
            return languages.DefaultFor(language) is { } voice ? Passage(voice.Id) : null;
        };
    }
}
