using Aloud.Script.Dialect;
using Aloud.Script.Lexicon;

namespace Aloud.Script;

/// <summary>What the script reads besides the body, and which normalisation passes run.</summary>
public sealed record ScriptOptions
{
    /// <summary>Read the headline before the body.</summary>
    public bool ReadHeadline { get; init; } = true;

    /// <summary>Read "By ..." after the headline.</summary>
    public bool ReadByline { get; init; } = true;

    /// <summary>Read the publication date after the byline.</summary>
    public bool ReadDate { get; init; } = true;

    /// <summary>Read photo captions (off by default: they interrupt the story).</summary>
    public bool ReadCaptions { get; init; }

    /// <summary>Read credit lines such as "X contributed to this report."</summary>
    public bool ReadCredits { get; init; } = true;

    /// <summary>Put a short bleep where a censored word ("a--") stood, instead of a pause.</summary>
    public bool BleepMaskedWords { get; init; }

    /// <summary>Names of normalisation passes to switch off (see <see cref="Passes.NormalizationPasses"/>).</summary>
    public IReadOnlySet<string> DisabledPasses { get; init; } = new HashSet<string>();

    /// <summary>Emoji left out (the default: news does not read decoration) or read by name.</summary>
    public EmojiReading Emoji { get; init; } = EmojiReading.Drop;

    /// <summary>
    /// The order of ambiguous numeric dates ("12/03/2025"); null (the default) chooses it from the article's language
    /// tag and text (<see cref="DateOrderCues"/>).
    /// </summary>
    public DateOrder? Dates { get; init; }

    /// <summary>Respellings applied after the normalisation passes (names the engines would get wrong); null for none.</summary>
    public PronunciationLexicon? Lexicon { get; init; }
}
