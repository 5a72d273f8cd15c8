using Aloud.Script.Tokens;
using Aloud.Speech;

namespace Aloud.Script.Passes;

/// <summary>
/// One normalisation pass: reads one class of tokens ("dates", "money"...) and replaces each match with
/// spoken words. A pass scans the sentence once and builds a new list, so every pass is linear in the
/// sentence length whatever the input.
/// </summary>
internal abstract class TokenPass
{
    /// <summary>The name used to switch the pass off (<see cref="ScriptOptions.DisabledPasses"/>).</summary>
    public abstract string Name { get; }

    /// <summary>
    /// How many tokens from <paramref name="index"/> this pass reads (0 when it does not match), and the spoken
    /// token that replaces them.
    /// </summary>
    protected abstract int Match(IReadOnlyList<Token> tokens, int index, out Token replacement);

    /// <summary>
    /// The tokens with this pass's matches replaced. A sentence with no match is returned as it is: most passes match
    /// nothing in most sentences, and copying every sentence fifty times was most of the normaliser's allocation.
    /// </summary>
    public virtual List<Token> Apply(List<Token> tokens)
    {
        List<Token>? result = null;
        for (var i = 0; i < tokens.Count;)
        {
            Token? replacement = null;
            var consumed = tokens[i].Kind == TokenKind.Spoken ? 0 : Match(tokens, i, out replacement);
            if (consumed > 0 && replacement is not null)
            {
                if (result is null)
                {
                    result = new List<Token>(tokens.Count);
                    result.AddRange(tokens.Take(i));
                }
                result.Add(replacement with { Class = Name });
                i += consumed;
            }
            else
            {
                result?.Add(tokens[i]);
                i++;
            }
        }
        return result ?? tokens;
    }

    /// <summary>A spoken token covering <paramref name="count"/> tokens from <paramref name="index"/>.</summary>
    protected static Token Spoken(IReadOnlyList<Token> tokens, int index, int count, string words, WordBreak breakAfter = WordBreak.None)
    {
        var first = tokens[index];
        var last = tokens[index + count - 1];
        return new Token(TokenKind.Spoken, words, first.Start, first.SpaceBefore)
        {
            Length = last.Start + last.Length - first.Start,
            Words = words.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            BreakAfter = breakAfter,
        };
    }

    /// <summary>The token at <paramref name="index"/>, or null past the end.</summary>
    internal static Token? At(IReadOnlyList<Token> tokens, int index) => index >= 0 && index < tokens.Count ? tokens[index] : null;
}
