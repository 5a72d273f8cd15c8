namespace Aloud.Script.Grammar;

/// <summary>
/// The parts of speech a lexicon entry may name and the guesser may give: the four that split English
/// heteronyms ("a lead pipe" / "they lead", "a live show" / "we live", "the minute hand" / "minute details").
/// </summary>
public enum PartOfSpeech
{
    Noun,
    Verb,
    Adjective,
    Adverb,
}

/// <summary>The names a lexicon file may use for a <see cref="PartOfSpeech"/>: full or short.</summary>
public static class PartOfSpeechNames
{
    private static readonly Dictionary<string, PartOfSpeech> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["noun"] = PartOfSpeech.Noun,
        ["n"] = PartOfSpeech.Noun,
        ["verb"] = PartOfSpeech.Verb,
        ["v"] = PartOfSpeech.Verb,
        ["adjective"] = PartOfSpeech.Adjective,
        ["adj"] = PartOfSpeech.Adjective,
        ["adverb"] = PartOfSpeech.Adverb,
        ["adv"] = PartOfSpeech.Adverb,
    };

    /// <summary>The accepted names, for error messages.</summary>
    public const string Accepted = "noun, verb, adjective, adverb (or n, v, adj, adv)";

    /// <summary>Reads "noun", "N", " adj "...; false for any other name.</summary>
    public static bool TryParse(string? name, out PartOfSpeech partOfSpeech) =>
        ByName.TryGetValue(name?.Trim() ?? "", out partOfSpeech);

    /// <summary>The full lowercase name ("noun"), as a lexicon stores and hashes it.</summary>
    public static string Name(PartOfSpeech partOfSpeech) => partOfSpeech.ToString().ToLowerInvariant();
}
