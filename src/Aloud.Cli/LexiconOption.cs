using System.CommandLine;
using Aloud.Script.Lexicon;

namespace Aloud.Cli;

/// <summary>The <c>--lexicon FILE</c> option shared by narrate, normalize and names.</summary>
internal static class LexiconOption
{
    public static Option<string?> Create() => new("--lexicon")
    {
        Description = "A pronunciation lexicon (JSON: version, entries of written, spoken, caseSensitive, ipa, partOfSpeech); see docs/lexicon.md.",
    };

    /// <summary>The lexicon at <paramref name="path"/>, or null without the option; read before any other work so a bad file fails fast.</summary>
    public static PronunciationLexicon? Load(string? path) => path is null ? null : PronunciationLexicon.Load(path);
}
