using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A numbered book of scripture before its chapter: "1 Corinthians 13:4" -> "First Corinthians", "2 Kings 5" ->
/// "Second Kings". The books that come in numbered parts are a closed set, and a chapter number must follow, so "1
/// John Smith" or "2 Samuels" stay counts.
/// </summary>
internal sealed class NumberedBookPass : TokenPass
{
    private static readonly HashSet<string> NumberedBooks = new(StringComparer.Ordinal)
    {
        "Samuel", "Kings", "Chronicles", "Esdras", "Maccabees", "Corinthians", "Thessalonians", "Timothy", "Peter", "John",
    };

    public override string Name => "ordinal";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Number, Text: "1" or "2" or "3" } part
            || At(tokens, index + 1) is not { Kind: TokenKind.Word, SpaceBefore: true } book || !NumberedBooks.Contains(book.Text)
            || At(tokens, index + 2) is not { Kind: TokenKind.Number, SpaceBefore: true })
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 1, part.Text switch { "1" => "First", "2" => "Second", _ => "Third" });
        return 1;
    }
}
