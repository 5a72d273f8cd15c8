using Aloud.Script.Emoji;
using Aloud.Script.Tokens;
using Aloud.Speech;

namespace Aloud.Script.Passes;

/// <summary>
/// Reads emoji by their CLDR short names ("😂" "face with tears of joy", "🇨🇦" "flag of Canada"), set off by short
/// breaks so a name does not run into the words around it. A run of the same emoji ("😂😂😂", or one thumb in
/// several skin tones) is read once, and every word of the name keeps the span of the whole run. Runs only when
/// emoji are to be named (<see cref="EmojiReading.Name"/>); otherwise emoji stay silent.
/// </summary>
internal sealed class EmojiPass(INumberWords numbers) : TokenPass
{
    private EmojiReader? _reader;

    public override string Name => "emoji";

    // Apply reads runs of emoji itself; there is no single-token match.
    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        return 0;
    }

    public override List<Token> Apply(List<Token> tokens)
    {
        if (!tokens.Exists(t => t.Kind == TokenKind.Emoji))
        {
            return tokens;
        }
        // The names load on first use, once per process; a race only builds the same reader twice.
        var reader = _reader ??= new EmojiReader(EmojiNames.Shared, numbers);
        var result = new List<Token>(tokens.Count);
        for (var i = 0; i < tokens.Count;)
        {
            var first = tokens[i];
            if (first.Kind != TokenKind.Emoji || reader.Read(first.Text) is not { } words)
            {
                result.Add(first);
                i++;
                continue;
            }
            var last = i;
            while (last + 1 < tokens.Count && tokens[last + 1].Kind == TokenKind.Emoji && SameWords(reader.Read(tokens[last + 1].Text), words))
            {
                last++;
            }
            result.Add(new Token(TokenKind.Spoken, first.Text, first.Start, first.SpaceBefore)
            {
                Length = tokens[last].Start + tokens[last].Length - first.Start,
                Words = [",", .. words],
                BreakAfter = WordBreak.Comma,
                Class = Name,
            });
            i = last + 1;
        }
        return result;
    }

    private static bool SameWords(IReadOnlyList<string>? other, IReadOnlyList<string> words) => other is not null && other.SequenceEqual(words, StringComparer.Ordinal);
}
