using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Three-digit model numbers after a maker are read in pairs, as people say them: "Boeing 737" -> "Boeing seven
/// thirty-seven", "Porsche 911" -> "Porsche nine eleven", "Peugeot 208" -> "Peugeot two oh eight". A closed list of
/// makers (or the model suffix "737 MAX") keeps "Boeing 300 jobs" style counts out (those are followed by a noun and not by a model word).
/// </summary>
internal sealed class ModelNumberPass(INumberWords numbers) : TokenPass
{
    private static readonly HashSet<string> Makers = new(StringComparer.Ordinal) { "Boeing", "Porsche", "Peugeot", "Cessna", "Embraer" };

    public override string Name => "model";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Number, Text.Length: 3 } model || !NumberText.IsPlain(model.Text) || model.Text[0] == '0'
            || !(At(tokens, index - 1) is { Kind: TokenKind.Word } maker && Makers.Contains(maker.Text) || At(tokens, index + 1) is { Text: "MAX" or "Max" })
            || At(tokens, index + 1) is { Kind: TokenKind.Word } next && char.IsLower(next.Text[0]) && next.Text.EndsWith('s'))
        {
            // "Boeing 400 jobs" is a count.
            return 0;
        }
        replacement = Spoken(tokens, index, 1, NumberText.Pairs(numbers, model.Text));
        return 1;
    }
}
