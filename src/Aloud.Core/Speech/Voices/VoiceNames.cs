using System.Text.RegularExpressions;

namespace Aloud.Speech.Voices;

/// <summary>What a voice's name may be: a file name Piper uses ("en_US-amy-medium"), never a path.</summary>
public static partial class VoiceNames
{
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.+-]{0,127}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Pattern();

    public static bool IsValid(string name) => Pattern().IsMatch(name) && !name.Contains("..", StringComparison.Ordinal);
}
