namespace Aloud.Script;

/// <summary>
/// Capitalised words that are not names: function words that open sentences, titles, months and weekdays.
/// Small on purpose; the proper-noun report is a to-do list for a person, and a few extra lines cost little.
/// </summary>
internal static class CommonWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "his", "her", "hers", "him",
        "they", "them", "their", "we", "us", "our", "you", "your", "i", "me", "my", "who", "whom", "whose", "what",
        "which", "when", "where", "why", "how", "and", "but", "or", "nor", "so", "yet", "for", "if", "then", "than",
        "as", "at", "by", "in", "of", "on", "to", "up", "with", "from", "into", "over", "after", "before", "since",
        "until", "while", "during", "about", "against", "among", "between", "through", "under", "without", "all",
        "any", "some", "many", "most", "more", "much", "each", "every", "both", "few", "no", "not", "one", "other",
        "there", "here", "now", "also", "still", "even", "just", "only", "however", "meanwhile", "although",
        "because", "though", "instead", "despite", "according", "is", "are", "was", "were", "be", "been", "has",
        "have", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must",
        "said", "says", "yes", "oh", "well", "last", "next", "first", "new", "mr", "mrs", "ms", "dr", "prof", "st",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow",
        "published", "photo", "image", "video", "read", "more", "share", "update", "updated", "editor", "note",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
