namespace Aloud.Script;

/// <summary>A range of characters in <see cref="Script.Text"/>: where a spoken word or sentence came from.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    /// <summary>The smallest span covering both spans.</summary>
    public TextSpan Union(TextSpan other)
    {
        var start = Math.Min(Start, other.Start);
        return new TextSpan(start, Math.Max(End, other.End) - start);
    }
}
