namespace Aloud.Speech.Phonemes;

/// <summary>
/// How one spoken word sounds, as US English phones with stress: parsed once from IPA (or ARPAbet) when a
/// lexicon or SSML document is loaded, so a symbol we cannot say is an error there, and each engine then
/// maps the phones to its own notation. Equal when the phones are.
/// </summary>
public sealed class Pronunciation : IEquatable<Pronunciation>
{
    /// <summary>The alphabet name of IPA, the default (as in SSML's <c>alphabet</c> attribute).</summary>
    public const string Ipa = "ipa";

    /// <summary>CMU/ARPAbet phones ("m aa1 r eh0 k"); "cmu" and "arpabet" are accepted as other names for it.</summary>
    public const string Arpabet = "x-arpabet";

    public Pronunciation(IReadOnlyList<Phone> phones)
    {
        ArgumentNullException.ThrowIfNull(phones);
        if (phones.Count == 0)
        {
            throw new PronunciationException("a pronunciation needs at least one sound");
        }

        Phones = phones.ToList();
        Text = string.Join(' ', Phones);
    }

    public IReadOnlyList<Phone> Phones { get; }

    /// <summary>The phones as a CMU lexicon writes them: "m aa1 r eh0 k".</summary>
    public string Text { get; }

    /// <summary>
    /// The pronunciations of the words in <paramref name="text"/> (separated by spaces), in
    /// <paramref name="alphabet"/> (<see cref="Ipa"/> when null).
    /// </summary>
    /// <exception cref="PronunciationException">An unknown alphabet or symbol, or a word with no sounds.</exception>
    public static IReadOnlyList<Pronunciation> ParseWords(string text, string? alphabet = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NormalizeAlphabet(alphabet) switch
        {
            Ipa => IpaReader.Read(text),
            Arpabet => [ArpabetReader.Read(text)],
            _ => throw new PronunciationException($"alphabet \"{alphabet}\" is not supported: use \"ipa\" or \"x-arpabet\""),
        };
    }

    /// <summary>The canonical name of an alphabet, or the trimmed lowercase text when unknown.</summary>
    public static string NormalizeAlphabet(string? alphabet) => alphabet?.Trim().ToLowerInvariant() switch
    {
        null or "" or "ipa" => Ipa,
        "x-arpabet" or "arpabet" or "cmu" or "x-cmu" => Arpabet,
        var other => other,
    };

    /// <summary>
    /// This word with a possessive ending ("'s" or "'"), as English says it: "'s" is /ɪz/ after a hissing
    /// sound, /s/ after another voiceless one, /z/ otherwise; a bare apostrophe adds nothing.
    /// </summary>
    public Pronunciation WithPossessive(string? ending)
    {
        if (ending != "'s")
        {
            return this;
        }

        var last = Phones[^1].Symbol;
        Phone[] added = last switch
        {
            "s" or "z" or "sh" or "zh" or "ch" or "jh" => [new("ih", 0), new("z", -1)],
            "p" or "t" or "k" or "f" or "th" => [new("s", -1)],
            _ => [new("z", -1)],
        };
        return new Pronunciation([.. Phones, .. added]);
    }

    /// <summary>Several words' pronunciations said as one word, in order (a phrase said as one unit).</summary>
    public static Pronunciation Join(IEnumerable<Pronunciation> words) => new(words.SelectMany(w => w.Phones).ToList());

    public bool Equals(Pronunciation? other) => other is not null && Text == other.Text;

    public override bool Equals(object? obj) => Equals(obj as Pronunciation);

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Text;
}
