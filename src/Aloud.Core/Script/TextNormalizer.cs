using Aloud.Script.Lexicon;
using Aloud.Script.Passes;
using Aloud.Script.Tokens;

namespace Aloud.Script;

/// <summary>
/// Turns one written sentence into spoken words: tokenise, run the enabled passes in order, then read what
/// is left, then respell the words a pronunciation lexicon knows. Every spoken word keeps the span of the
/// characters it came from.
/// </summary>
public sealed class TextNormalizer
{
    private readonly IReadOnlyList<TokenPass> _passes;
    private readonly SpokenWordBuilder _builder;
    private readonly PronunciationLexicon? _lexicon;

    /// <param name="numbers">How numbers are read.</param>
    /// <param name="disabledPasses">Names of passes to skip.</param>
    /// <param name="lexicon">Respellings applied after every pass, so they see the words as they will be read.</param>
    /// <param name="emoji">Emoji silent, or named (the emoji pass runs only then).</param>
    /// <exception cref="Emoji.EmojiNamesUnavailableException">Emoji are to be named and the CLDR names cannot be loaded.</exception>
    public TextNormalizer(INumberWords numbers, IReadOnlySet<string>? disabledPasses = null, PronunciationLexicon? lexicon = null, EmojiReading emoji = EmojiReading.Drop)
    {
        _lexicon = lexicon;
        var disabled = disabledPasses ?? new HashSet<string>();
        _passes = NormalizationPasses.CreateDefault(numbers)
            .Where(p => !disabled.Contains(p.Name) && (emoji == EmojiReading.Name || p is not EmojiPass))
            .ToList();
        if (_passes.Any(p => p is EmojiPass))
        {
            // Asked for names: fail now with a clear message if they are missing, not at the first emoji.
            _ = Emoji.EmojiNames.Shared;
        }
        _builder = new SpokenWordBuilder(numbers);
    }

    /// <summary>The names of all passes, in the order they first run; passes of one class share a name and switch off together.</summary>
    public static IReadOnlyList<string> PassNames { get; } = NormalizationPasses.CreateDefault(EnglishNumberWords.Instance).Select(p => p.Name).Distinct().ToList();

    /// <summary>
    /// Normalises <paramref name="span"/> of <paramref name="text"/>; spans in the result are offset by
    /// <paramref name="offset"/> so they index the whole script text.
    /// </summary>
    public (IReadOnlyList<ScriptWord> Words, char Terminator) Normalize(string text, TextSpan span, int offset = 0)
    {
        var tokens = Tokenizer.Tokenize(text, span.Start, span.Length, offset);
        foreach (var pass in _passes)
        {
            tokens = pass.Apply(tokens);
        }
        var (words, terminator) = _builder.Build(tokens);
        return (_lexicon is null ? words : _lexicon.Apply(words), terminator);
    }

    /// <summary>A whole string as one sentence: for tests and the <c>normalize</c> command.</summary>
    public string NormalizeToText(string text)
    {
        var (words, terminator) = Normalize(text, new TextSpan(0, text.Length));
        var sentence = new ScriptSentence(0, new TextSpan(0, text.Length), words, terminator, SentencePause.Sentence);
        return words.Count == 0 ? "" : sentence.SpokenText;
    }

    /// <summary>
    /// One written line as one spoken line: split into sentences, each normalised, joined by spaces. What
    /// <c>aloud normalize</c> prints for each input line.
    /// </summary>
    public string NormalizeLine(string line)
    {
        var parts = new List<string>();
        foreach (var span in SentenceSegmenter.Split(line))
        {
            var (words, terminator) = Normalize(line, span);
            if (words.Count > 0)
            {
                parts.Add(new ScriptSentence(0, span, words, terminator, SentencePause.Sentence).SpokenText);
            }
        }
        return string.Join(' ', parts);
    }
}
