using System.Collections;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A sentence's tokens seen with a run of them merged into one: "Sh1" "," "000" read as the single number "1,000", so a
/// pass can read a glued currency's amount with the same code that reads "$1,000 million". A view, not a copy: building
/// it costs nothing whatever the sentence's length.
/// </summary>
internal sealed class MergedTokenView(IReadOnlyList<Token> tokens, int index, int merged, Token replacement) : IReadOnlyList<Token>
{
    /// <summary>How many of the underlying tokens the merged token stands for.</summary>
    public int Merged => merged;

    public Token this[int position] => position < index ? tokens[position] : position == index ? replacement : tokens[position + merged - 1];

    public int Count => tokens.Count - merged + 1;

    public IEnumerator<Token> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
