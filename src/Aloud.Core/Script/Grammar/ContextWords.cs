namespace Aloud.Script.Grammar;

/// <summary>
/// The closed word classes the part-of-speech rules look for around a word. Closed classes (determiners,
/// pronouns, modals, prepositions) are short lists English rarely adds to, which is what makes rules on
/// them reliable; the adjective list is only a sample of common ones, so most adjectives are not known.
/// Words are lowercase with straight apostrophes.
/// </summary>
internal static class ContextWords
{
    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);

    /// <summary>Words that open a noun phrase: what follows is a noun (or an adjective before one).</summary>
    public static readonly HashSet<string> Determiners = Set(
        "the", "a", "an", "this", "these", "those", "every", "each", "no", "some", "any", "another", "either",
        "neither", "which", "whose", "what", "my", "your", "his", "her", "its", "our", "their");

    /// <summary>Numbers as the normaliser says them, and quantities that count a noun.</summary>
    public static readonly HashSet<string> Quantities = Set(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion",
        "half", "dozen", "several", "many", "few", "both", "all", "first", "second", "third", "last", "next");

    /// <summary>A sample of common adjectives: after one comes a noun ("a heavy lead").</summary>
    public static readonly HashSet<string> Adjectives = Set(
        "new", "old", "good", "bad", "big", "small", "great", "little", "long", "short", "high", "low", "large",
        "heavy", "red", "blue", "green", "black", "white", "young", "full", "empty", "whole", "final", "other",
        "same", "own", "entire", "local", "public", "strong", "cold", "hot", "warm", "fresh", "dry", "wet", "hard",
        "soft", "deep", "broken", "favourite", "favorite", "main", "original", "clean", "early", "late", "strange",
        "sudden", "rare", "huge", "tiny", "official", "current", "latest", "previous", "world", "national");

    /// <summary>Words that grade an adjective: "so close", "very live", "too minute".</summary>
    public static readonly HashSet<string> Degree = Set(
        "very", "too", "so", "quite", "rather", "really", "extremely", "fairly", "pretty", "more", "most", "less",
        "least", "as", "how");

    /// <summary>Subject pronouns: a verb follows ("they lead").</summary>
    public static readonly HashSet<string> Subjects = Set("i", "we", "you", "they", "he", "she", "it", "who");

    /// <summary>Modals, "do" forms and contracted subjects with a modal: a bare verb follows.</summary>
    public static readonly HashSet<string> Auxiliaries = Set(
        "will", "would", "can", "could", "should", "must", "may", "might", "shall", "won't", "wouldn't", "can't",
        "cannot", "couldn't", "shouldn't", "mustn't", "shan't", "do", "does", "did", "don't", "doesn't", "didn't",
        "i'll", "we'll", "you'll", "they'll", "he'll", "she'll", "it'll", "i'd", "we'd", "you'd", "they'd",
        "he'd", "she'd", "let's", "please", "never");

    /// <summary>"Have" forms: a past participle follows ("had wound", "have read").</summary>
    public static readonly HashSet<string> Have = Set(
        "have", "has", "had", "having", "i've", "we've", "you've", "they've", "haven't", "hasn't", "hadn't");

    /// <summary>"Be" forms and linking verbs: an adjective follows ("is close", "felt content").</summary>
    public static readonly HashSet<string> Linking = Set(
        "is", "are", "was", "were", "be", "been", "being", "am", "isn't", "aren't", "wasn't", "weren't", "it's",
        "he's", "she's", "that's", "there's", "what's", "who's", "here's", "i'm", "we're", "you're", "they're",
        "seem", "seems", "seemed", "feel", "feels", "felt", "look", "looks", "looked", "become", "becomes",
        "became", "stay", "stays", "stayed", "remain", "remains", "remained", "sound", "sounds", "sounded");

    /// <summary>Prepositions (not "to", which also marks a verb): a noun phrase follows.</summary>
    public static readonly HashSet<string> Prepositions = Set(
        "in", "on", "at", "of", "for", "from", "with", "by", "about", "into", "onto", "over", "under", "through",
        "after", "before", "without", "within", "across", "near", "between", "among", "against", "during",
        "around", "behind", "beyond", "despite", "like", "per", "toward", "towards", "upon", "via");

    /// <summary>Object pronouns: after a word they make it a verb ("lead them").</summary>
    public static readonly HashSet<string> Objects = Set("me", "him", "us", "them");

    /// <summary>Contractions ending in 's that are "is" or "us", not possessives.</summary>
    private static readonly HashSet<string> NotPossessive = Set(
        "it's", "he's", "she's", "that's", "there's", "what's", "who's", "here's", "let's", "where's", "how's");

    /// <summary>Joining words: never the content word a modifier stands before.</summary>
    private static readonly HashSet<string> Conjunctions = Set(
        "and", "or", "but", "nor", "if", "then", "than", "because", "when", "where", "while", "that", "there",
        "here", "not", "to", "yes", "also", "just", "only", "even", "still", "now", "too");

    /// <summary>"the band's", "Marek's": a possessive noun works like a determiner.</summary>
    public static bool IsPossessive(string word) =>
        word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("s'", StringComparison.Ordinal))
        && !NotPossessive.Contains(word);

    /// <summary>A word that opens a noun phrase: determiner, possessive or number.</summary>
    public static bool OpensNounPhrase(string word) => Determiners.Contains(word) || Quantities.Contains(word) || IsPossessive(word);

    /// <summary>Whether a word is a grammar word of some list (not a content word a modifier could stand before).</summary>
    public static bool IsFunctionWord(string word) =>
        OpensNounPhrase(word) || Degree.Contains(word) || Subjects.Contains(word) || Auxiliaries.Contains(word)
        || Have.Contains(word) || Linking.Contains(word) || Prepositions.Contains(word) || Objects.Contains(word)
        || Conjunctions.Contains(word) || NotPossessive.Contains(word);

    /// <summary>"-ed" or "-ing" on a word long enough for it to be an ending ("recorded", "winding"; not "red", "king").</summary>
    public static bool IsInflectedVerb(string word) =>
        (word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal)) || (word.Length >= 6 && word.EndsWith("ing", StringComparison.Ordinal));
}
