namespace Aloud.Speech.Phonemes;

/// <summary>
/// One sound of US English in the CMU/ARPAbet phone set Flite uses ("aa", "ch", "zh"...), lowercase.
/// <see cref="Stress"/> is 0, 1 (primary) or 2 (secondary) for a vowel and -1 for a consonant.
/// </summary>
public readonly record struct Phone(string Symbol, int Stress)
{
    /// <summary>The vowels of the set; every other symbol is a consonant.</summary>
    public static readonly IReadOnlySet<string> Vowels = new HashSet<string>(StringComparer.Ordinal)
    {
        "aa", "ae", "ah", "ao", "aw", "ax", "ay", "eh", "er", "ey", "ih", "iy", "ow", "oy", "uh", "uw",
    };

    /// <summary>The consonants of the set.</summary>
    public static readonly IReadOnlySet<string> Consonants = new HashSet<string>(StringComparer.Ordinal)
    {
        "b", "ch", "d", "dh", "f", "g", "hh", "jh", "k", "l", "m", "n", "ng", "p", "r", "s", "sh", "t", "th",
        "v", "w", "y", "z", "zh",
    };

    public bool IsVowel => Stress >= 0;

    /// <summary>As in a CMU lexicon: the symbol, with the stress digit on vowels ("aa1", "k").</summary>
    public override string ToString() => IsVowel ? Symbol + Stress : Symbol;
}
