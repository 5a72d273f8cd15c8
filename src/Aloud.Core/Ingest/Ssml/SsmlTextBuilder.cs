using System.Globalization;
using System.Text;
using Aloud.Script;
using Aloud.Speech.Phonemes;

namespace Aloud.Ingest.Ssml;

/// <summary>
/// Collects the plain text of an SSML document paragraph by paragraph. Pauses become the punctuation the
/// normaliser already turns into breaks: a short break a comma, a medium one a semicolon (a clause pause),
/// and a long or x-strong one ends the paragraph, which gets a paragraph pause. That keeps one pause model
/// (<see cref="Speech.WordBreak"/> and sentence pauses) rather than a second, SSML-only one.
/// Whitespace is collapsed as text arrives, so the positions of overrides (sub, say-as) and rate spans
/// (prosody) recorded on the way are positions in the finished paragraph.
/// </summary>
internal sealed class SsmlTextBuilder(string rootLanguage)
{
    private readonly StringBuilder _current = new();
    private readonly List<ArticleBlock> _paragraphs = [];
    private readonly List<SpanOverride> _overrides = [];
    private readonly List<RateSpan> _rateSpans = [];
    private readonly List<BlockPronunciation> _pronunciations = [];
    private readonly Stack<double> _rateStack = new();
    private readonly List<SsmlPhoneme> _phonemes = [];
    private readonly List<SsmlRate> _rates = [];
    private readonly List<string> _notes = [];
    private readonly HashSet<string> _noted = new(StringComparer.Ordinal);
    private int _rateStart;
    private readonly List<LanguageSpan> _languageSpans = [];
    private readonly Stack<(int Depth, string Language)> _languageStack = new();
    private int _languageStart;

    public IReadOnlyList<ArticleBlock> Paragraphs
    {
        get
        {
            EndParagraph();
            return _paragraphs;
        }
    }

    public IReadOnlyList<SsmlPhoneme> Phonemes => _phonemes;
    public IReadOnlyList<SsmlRate> Rates => _rates;
    public IReadOnlyList<string> Notes => _notes;

    /// <summary>The rate of the innermost prosody, relative to the narration.</summary>
    public double CurrentRate => _rateStack.Count == 0 ? 1.0 : _rateStack.Peek();

    /// <summary>Appends text, whitespace runs as one space and none at the start of a paragraph.</summary>
    public void Append(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                _current.Append(c);
            }
            else if (_current.Length > 0 && _current[^1] != ' ')
            {
                _current.Append(' ');
            }
        }
    }

    /// <summary>
    /// Appends the author's <paramref name="written"/> text and records that <paramref name="say"/> is spoken for
    /// it. With nothing written there is nothing to point at, so the words to say become the text.
    /// </summary>
    public void Say(string written, string say, string kind)
    {
        var text = written.Trim();
        if (text.Length == 0)
        {
            Append(" " + say + " ");
            return;
        }
        if (char.IsWhiteSpace(written[0]))
        {
            Append(" ");
        }
        var start = _current.Length;
        Append(text);
        _overrides.Add(new SpanOverride(new TextSpan(start, _current.Length - start), say, kind));
        if (char.IsWhiteSpace(written[^1]))
        {
            Append(" ");
        }
    }

    public void EndParagraph()
    {
        TrimEnd();
        CloseRateSpan();
        CloseLanguageSpan();
        _rateStart = 0;
        _languageStart = 0;
        if (_current.Length > 0)
        {
            _paragraphs.Add(new ArticleBlock(BlockKind.Paragraph, _current.ToString())
            {
                Overrides = [.. _overrides],
                Rates = [.. _rateSpans.Select(Within)],
                Pronunciations = [.. _pronunciations],
                Languages = [.. _languageSpans.Select(Within).Where(l => l.Span.Length > 0)],
            });
        }
        _current.Clear();
        _overrides.Clear();
        _rateSpans.Clear();
        _pronunciations.Clear();
        _languageSpans.Clear();
    }

    /// <summary>Ends a sentence: adds a period unless the author's text already ends with a terminator.</summary>
    public void EndSentence()
    {
        TrimEnd();
        if (_current.Length > 0 && !EndsWithMark(".!?\u2026"))
        {
            _current.Append('.');
        }
        Append(" ");
    }

    /// <summary>A pause: by strength, else by time ("500ms", "1.5s").</summary>
    public void Break(string? strength, string? time)
    {
        var ms = Milliseconds(time);
        var kind = strength?.Trim().ToLowerInvariant() switch
        {
            "none" or "x-weak" => 0,
            "weak" or "medium" => 1,
            "strong" => 2,
            "x-strong" => 3,
            _ => ms switch { null => 1, <= 0 => 0, < 250 => 1, < 1000 => 2, _ => 3 },
        };
        if (kind == 3)
        {
            EndParagraph();
            return;
        }
        TrimEnd();
        if (kind > 0 && _current.Length > 0 && !EndsWithMark(".!?\u2026,;:"))
        {
            _current.Append(kind == 1 ? ',' : ';');
        }
        Append(" ");
    }

    /// <summary>
    /// Enters a prosody element: its text is spoken at <paramref name="rate"/> (null keeps the enclosing rate)
    /// until the matching <see cref="EndProsody"/>. A signed rate changes the enclosing one; others replace it.
    /// </summary>
    public void StartProsody(string? rate)
    {
        var resolved = CurrentRate;
        if (rate is not null)
        {
            resolved = ProsodyRate.Resolve(rate, CurrentRate, out var clamped);
            _rates.Add(new SsmlRate(_paragraphs.Count, rate.Trim()));
            if (clamped)
            {
                Note($"prosody rate=\"{rate.Trim()}\" is outside {ProsodyRate.Min}x to {ProsodyRate.Max}x the narration's rate: clamped to {resolved}x");
            }
        }
        CloseRateSpan();
        _rateStack.Push(resolved);
    }

    public void EndProsody()
    {
        if (_rateStack.Count > 0)
        {
            CloseRateSpan();
            _rateStack.Pop();
        }
    }

    /// <summary>
    /// Appends the element's text, which the script shows (and engines without phonemes for the voice read),
    /// and records that its words are said from <paramref name="words"/>.
    /// </summary>
    public void Phoneme(string text, string? alphabet, string ph, IReadOnlyList<Pronunciation> words)
    {
        _phonemes.Add(new SsmlPhoneme(_paragraphs.Count, text.Trim(), alphabet, ph));
        var written = text.Trim();
        if (written.Length == 0)
        {
            return;
        }
        if (char.IsWhiteSpace(text[0]))
        {
            Append(" ");
        }
        var start = _current.Length;
        Append(written);
        _pronunciations.Add(new BlockPronunciation(start, _current.Length - start, words));
        if (char.IsWhiteSpace(text[^1]))
        {
            Append(" ");
        }
    }

    public void Note(string note)
    {
        if (_noted.Add(note))
        {
            _notes.Add(note);
        }
    }

    /// <summary>The language of the innermost element that set one, else the document's.</summary>
    public string CurrentLanguage => _languageStack.Count == 0 ? rootLanguage : _languageStack.Peek().Language;

    /// <summary>
    /// Enters an element at <paramref name="depth"/> with an <c>xml:lang</c>: its text is in that language until
    /// <see cref="EndLanguage"/> at the same depth. A tag that is not one is noted and ignored.
    /// </summary>
    public void StartLanguage(int depth, string language)
    {
        if (Speech.LanguageTags.Clean(language) is not { } tag)
        {
            Note($"xml:lang=\"{language.Trim()}\" is not a language tag: ignored");
            return;
        }
        CloseLanguageSpan();
        _languageStack.Push((depth, tag));
    }

    /// <summary>Leaves the element at <paramref name="depth"/>, if it set the language.</summary>
    public void EndLanguage(int depth)
    {
        if (_languageStack.Count > 0 && _languageStack.Peek().Depth == depth)
        {
            CloseLanguageSpan();
            _languageStack.Pop();
        }
    }

    /// <summary>Records the text since the last language change when it is not in the document's language.</summary>
    private void CloseLanguageSpan()
    {
        var end = _current.Length;
        var language = CurrentLanguage;
        if (!string.Equals(language, rootLanguage, StringComparison.OrdinalIgnoreCase) && end > _languageStart)
        {
            _languageSpans.Add(new LanguageSpan(new TextSpan(_languageStart, end - _languageStart), language));
        }
        _languageStart = end;
    }

    private LanguageSpan Within(LanguageSpan span) =>
        span with { Span = new TextSpan(span.Span.Start, Math.Min(span.Span.End, _current.Length) - span.Span.Start) };

    private bool EndsWithMark(string marks) => marks.Contains(_current[^1], StringComparison.Ordinal);

    /// <summary>Drops a trailing space (there is at most one: whitespace is collapsed on the way in).</summary>
    private void TrimEnd()
    {
        if (_current.Length > 0 && _current[^1] == ' ')
        {
            _current.Length--;
        }
    }

    /// <summary>A span cut back to the finished paragraph, whose trailing space may have been dropped since.</summary>
    private RateSpan Within(RateSpan rate) =>
        rate with { Span = new TextSpan(rate.Span.Start, Math.Min(rate.Span.End, _current.Length) - rate.Span.Start) };

    /// <summary>Records the text since the last rate change at the rate in force, then starts a new span here.</summary>
    private void CloseRateSpan()
    {
        var end = _current.Length;
        if (CurrentRate != 1.0 && end > _rateStart)
        {
            _rateSpans.Add(new RateSpan(new TextSpan(_rateStart, end - _rateStart), CurrentRate));
        }
        _rateStart = end;
    }

    private static double? Milliseconds(string? time)
    {
        var t = time?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(t))
        {
            return null;
        }
        var (number, scale) = t.EndsWith("ms", StringComparison.Ordinal) ? (t[..^2], 1.0) : t.EndsWith('s') ? (t[..^1], 1000.0) : (t, 1.0);
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value * scale : null;
    }
}
