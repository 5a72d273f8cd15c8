using Aloud.Script.Dialect;
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
    private readonly IReadOnlyList<TokenPass> _dayFirstPasses;
    private readonly SpokenWordBuilder _builder;
    private readonly SpokenWordBuilder _dayFirstBuilder;
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
        bool Enabled(TokenPass p) => !disabled.Contains(p.Name) && (emoji == EmojiReading.Name || p is not EmojiPass);
        _passes = NormalizationPasses.CreateDefault(numbers).Where(Enabled).ToList();
        // The same passes with day-first numeric dates, for British, Irish and Commonwealth documents, whose
        // readers also say "and" in a number ("four hundred and twenty dollars").
        _dayFirstPasses = NormalizationPasses.CreateDefault(numbers.Commonwealth, DateOrder.DayFirst).Where(Enabled).ToList();
        if (_passes.Any(p => p is EmojiPass))
        {
            // Asked for names: fail now with a clear message if they are missing, not at the first emoji.
            _ = Emoji.EmojiNames.Shared;
        }
        _builder = new SpokenWordBuilder(numbers);
        _dayFirstBuilder = new SpokenWordBuilder(numbers.Commonwealth);
    }

    /// <summary>The names of all passes, in the order they first run; passes of one class share a name and switch off together.</summary>
    public static IReadOnlyList<string> PassNames { get; } = NormalizationPasses.CreateDefault(EnglishNumberWords.Instance).Select(p => p.Name).Distinct().ToList();

    /// <summary>
    /// Normalises <paramref name="span"/> of <paramref name="text"/>; spans in the result are offset by
    /// <paramref name="offset"/> so they index the whole script text.
    /// </summary>
    public (IReadOnlyList<ScriptWord> Words, char Terminator) Normalize(string text, TextSpan span, int offset = 0) =>
        Normalize(text, span, offset, []);

    /// <summary>
    /// Normalises <paramref name="span"/> of <paramref name="text"/>, saying each override's text for its span
    /// (overrides are in <paramref name="text"/>'s coordinates; those not wholly inside the span, or overlapping
    /// an earlier one, are ignored). An override is read before the passes run, so no pass reads its characters.
    /// Ambiguous numeric dates ("12/03/2025") are read in <paramref name="dates"/> order, the document's
    /// (<see cref="DateOrderCues"/>).
    /// </summary>
    public (IReadOnlyList<ScriptWord> Words, char Terminator) Normalize(string text, TextSpan span, int offset, IReadOnlyList<SpanOverride> overrides, DateOrder dates = DateOrder.MonthFirst)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var tokens = overrides.Count == 0
            ? Tokenizer.Tokenize(text, span.Start, span.Length, offset)
            : TokenizeWithOverrides(text, span, offset, overrides, dates);
        var (words, terminator) = Read(tokens, dates);
        return (_lexicon is null ? words : _lexicon.Apply(words), terminator);
    }

    private (List<ScriptWord> Words, char Terminator) Read(List<Token> tokens, DateOrder dates)
    {
        foreach (var pass in dates == DateOrder.DayFirst ? _dayFirstPasses : _passes)
        {
            tokens = pass.Apply(tokens);
        }
        return (dates == DateOrder.DayFirst ? _dayFirstBuilder : _builder).Build(tokens);
    }

    /// <summary>The written text around the overrides as tokens, each override as one spoken token over its span.</summary>
    private List<Token> TokenizeWithOverrides(string text, TextSpan span, int offset, IReadOnlyList<SpanOverride> overrides, DateOrder dates)
    {
        var tokens = new List<Token>();
        var position = span.Start;
        foreach (var o in overrides.Where(o => o.Span.Start >= span.Start && o.Span.End <= span.End && o.Span.Length > 0).OrderBy(o => o.Span.Start))
        {
            if (o.Span.Start < position)
            {
                continue;
            }
            tokens.AddRange(Tokenizer.Tokenize(text, position, o.Span.Start - position, offset));
            var spaceBefore = o.Span.Start > 0 && char.IsWhiteSpace(text[o.Span.Start - 1]);
            tokens.Add(new Token(TokenKind.Spoken, text.Substring(o.Span.Start, o.Span.Length), o.Span.Start + offset, spaceBefore)
            {
                Words = SpokenWords(o.Say, dates),
                Class = o.Class,
            });
            position = o.Span.End;
        }
        tokens.AddRange(Tokenizer.Tokenize(text, position, span.End - position, offset));
        return tokens;
    }

    /// <summary>
    /// An override's text read on its own, by the passes but not the lexicon (that runs once, over the whole
    /// sentence); its inner pauses become the "," a spoken token carries for a breath.
    /// </summary>
    private List<string> SpokenWords(string say, DateOrder dates)
    {
        var (words, _) = Read(Tokenizer.Tokenize(say, 0, say.Length, 0), dates);
        var spoken = new List<string>(words.Count);
        foreach (var word in words)
        {
            spoken.Add(word.Spoken);
            if (word.BreakAfter != Speech.WordBreak.None)
            {
                spoken.Add(",");
            }
        }
        return spoken;
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
    /// <c>aloud normalize</c> prints for each input line. The line is its own document: without
    /// <paramref name="dates"/>, its ambiguous numeric dates follow its own cues (<see cref="DateOrderCues"/>).
    /// </summary>
    public string NormalizeLine(string line, DateOrder? dates = null)
    {
        var order = dates ?? DateOrderCues.Detect(line);
        var parts = new List<string>();
        foreach (var span in SentenceSegmenter.Split(line))
        {
            var (words, terminator) = Normalize(line, span, 0, [], order);
            if (words.Count > 0)
            {
                parts.Add(new ScriptSentence(0, span, words, terminator, SentencePause.Sentence).SpokenText);
            }
        }
        return string.Join(' ', parts);
    }
}
