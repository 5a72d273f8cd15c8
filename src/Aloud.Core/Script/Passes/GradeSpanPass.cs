using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// School grades from kindergarten: "K-12" -> "K through twelve", "grades K-5", "pre-K-8" -> "pre-K through eight".
/// Read as a word, "K-5" would be "K five".
/// </summary>
internal sealed class GradeSpanPass(INumberWords numbers) : TokenPass
{
    public override string Name => "range";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Word } word)
        {
            return 0;
        }
        if (word.Text is "a" or "A" && At(tokens, index + 1) is { Kind: TokenKind.Word } ageWord && AgeGrade(ageWord.Text) is { Plural: false } gradeAge)
        {
            // "a U-21 international" is written for the letter's sound; said, it is "an under-twenty-one".
            replacement = Spoken(tokens, index, 2, $"{(word.Text == "A" ? "An" : "an")} {Under(gradeAge)}");
            return 2;
        }
        var text = word.Text.Replace('\u2013', '-');
        if (AgeGrade(text) is { } age)
        {
            // "the U-17 team", "U-21 Euros": an age grade in sport is "under-seventeen"; "the U-14s", its team, "under-fourteens".
            replacement = Spoken(tokens, index, 1, Under(age));
            return 1;
        }
        var prefix = text.StartsWith("pre-K-", StringComparison.OrdinalIgnoreCase) ? text[..5] : text.StartsWith("K-", StringComparison.Ordinal) ? "K" : null;
        if (prefix is null)
        {
            return 0;
        }
        if (text == "K-9" && At(tokens, index + 1) is { Kind: TokenKind.Word } canine
            && canine.Text.ToLowerInvariant() is "unit" or "units" or "dog" or "dogs" or "officer" or "officers" or "team" or "handler" or "handlers" or "squad" or "partner" or "sniffer")
        {
            // "the department's K-9 unit": the police dog, "K nine", not kindergarten to ninth grade.
            replacement = Spoken(tokens, index, 1, "K nine");
            return 1;
        }
        var grade = text[(prefix.Length + 1)..];
        if (grade.Length is < 1 or > 2 || !NumberText.IsPlain(grade) || int.Parse(grade, CultureInfo.InvariantCulture) is < 1 or > 12)
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 1, $"{prefix} through {numbers.Cardinal(int.Parse(grade, CultureInfo.InvariantCulture))}");
        return 1;
    }

    /// <summary>
    /// "U-17", "U-21": an age grade in sport (ten to twenty-three; the U-2 spy plane has one digit), and "U-14s", the
    /// grade's team or teams.
    /// </summary>
    private static (int Age, bool Plural)? AgeGrade(string text)
    {
        var plural = text.Length == 5 && text[4] == 's';
        return (text.Length == 4 || plural) && text[0] == 'U' && text[1] is '-' or '\u2013' && NumberText.IsPlain(text[2..4])
            && int.Parse(text[2..4], CultureInfo.InvariantCulture) is >= 10 and <= 23 and var age ? (age, plural) : null;
    }

    /// <summary>"under-seventeen", "under-fourteens", "under-twenties": the grade said as the unhyphened "U21s" is.</summary>
    private string Under((int Age, bool Plural) grade)
    {
        var words = numbers.Cardinal(grade.Age);
        return "under-" + (!grade.Plural ? words : words.EndsWith('y') ? words[..^1] + "ies" : words + "s");
    }
}
