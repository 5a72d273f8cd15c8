namespace Aloud.Speech.Kokoro;

/// <summary>
/// A Kokoro voice's language, from the first letter of its name as Kokoro names them ("af_heart": a = American
/// English, f = female): a = en-US, b = en-GB, e = Spanish, f = French, h = Hindi, i = Italian, p = Brazilian
/// Portuguese. Kokoro's own pipeline phonemises these with eSpeak NG too, so eSpeak's IPA is what the model was
/// trained to read. Japanese (j) and Mandarin (z) voices were trained on other phonemisers' symbols (misaki's),
/// which eSpeak does not write, so they are not offered; nor is a voice whose name has no known prefix.
/// </summary>
public static class KokoroLanguages
{
    private static readonly Dictionary<char, (string Language, string Espeak)> ByPrefix = new()
    {
        // eSpeak voices are selected by file ("gmw/en"): a language name works only where it equals the file's.
        ['a'] = ("en-US", "gmw/en-US"),
        ['b'] = ("en-GB", "gmw/en"),
        ['e'] = ("es", "roa/es"),
        ['f'] = ("fr-FR", "roa/fr"),
        ['h'] = ("hi", "inc/hi"),
        ['i'] = ("it", "roa/it"),
        ['p'] = ("pt-BR", "roa/pt-BR"),
    };

    /// <summary>The language (BCP-47) and eSpeak NG voice file of a Kokoro voice name, or null when Aloud cannot phonemise it.</summary>
    public static (string Language, string Espeak)? Of(string voiceName)
    {
        ArgumentNullException.ThrowIfNull(voiceName);
        return voiceName.Length >= 2 && voiceName[1] is 'f' or 'm' && voiceName.Length > 2 && voiceName[2] == '_'
            && ByPrefix.TryGetValue(char.ToLowerInvariant(voiceName[0]), out var language)
            ? language
            : null;
    }

    /// <summary>Why a voice is not offered, for install messages.</summary>
    public static string WhyNot(string voiceName) => voiceName.Length > 0 && voiceName[0] is 'j' or 'z'
        ? "Japanese and Mandarin Kokoro voices read another phonemiser's symbols (misaki), which eSpeak NG does not write"
        : "its name does not start with a known Kokoro language prefix (a, b, e, f, h, i, p, then f or m, then _)";
}
