using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A short number behind a letter prefix, as road and junction labels are written: "J4" or "J" with a glued "4", "SH1"
/// or "SH 1". The tokeniser may keep the digits in the word or split them off, so both shapes are read here once.
/// </summary>
internal static class LetterPrefixedNumber
{
    /// <summary>
    /// The digits (one or two, no leading zero) after <paramref name="prefix"/> at <paramref name="index"/> and how many
    /// tokens they take, or null. <paramref name="spaced"/> admits a space between the prefix and its number. Nothing
    /// may be glued after the number ("J4a", "SH1x").
    /// </summary>
    public static (int Used, string Digits)? Read(IReadOnlyList<Token> tokens, int index, string prefix, bool spaced)
    {
        (int Used, string Digits)? found = null;
        if (tokens[index] is { Kind: TokenKind.Word } word && word.Text.Length > prefix.Length && word.Text.StartsWith(prefix, StringComparison.Ordinal))
        {
            found = (1, word.Text[prefix.Length..]);
        }
        else if (tokens[index] is { Kind: TokenKind.Word } bare && bare.Text == prefix
            && TokenPass.At(tokens, index + 1) is { Kind: TokenKind.Number } number && (spaced || !number.SpaceBefore))
        {
            found = (2, number.Text);
        }
        if (found is not { } read || read.Digits.Length is not (1 or 2) || !NumberText.IsPlain(read.Digits) || read.Digits[0] == '0'
            || TokenPass.At(tokens, index + read.Used) is { SpaceBefore: false, Kind: TokenKind.Word or TokenKind.Number })
        {
            return null;
        }
        return read;
    }
}
