using System.Globalization;
using System.Text;
using Aloud.Speech.Phonemes;

namespace Aloud.Ingest.Ssml;

/// <summary>
/// Collects the plain text of an SSML document paragraph by paragraph. Pauses become the punctuation the
/// normaliser already turns into breaks: a short break a comma, a medium one a semicolon (a clause pause),
/// and a long or x-strong one ends the paragraph, which gets a paragraph pause. That keeps one pause model
/// (<see cref="Speech.WordBreak"/> and sentence pauses) rather than a second, SSML-only one.
/// </summary>
internal sealed class SsmlTextBuilder
{
    private readonly StringBuilder _current = new();
    private readonly List<string> _paragraphs = [];
    private readonly List<IReadOnlyList<BlockPronunciation>> _pronunciations = [];
    private readonly List<BlockPronunciation> _currentPronunciations = [];
    private readonly List<SsmlPhoneme> _phonemes = [];
    private readonly List<SsmlRate> _rates = [];
    private readonly List<string> _notes = [];

    public IReadOnlyList<string> Paragraphs
    {
        get
        {
            EndParagraph();
            return _paragraphs;
        }
    }

    /// <summary>For each paragraph, the pronunciations of its &lt;phoneme&gt; elements, in its collapsed text's positions.</summary>
    public IReadOnlyList<IReadOnlyList<BlockPronunciation>> Pronunciations
    {
        get
        {
            EndParagraph();
            return _pronunciations;
        }
    }

    public IReadOnlyList<SsmlPhoneme> Phonemes => _phonemes;
    public IReadOnlyList<SsmlRate> Rates => _rates;
    public IReadOnlyList<string> Notes => _notes;

    public void Append(string text) => _current.Append(text);

    public void EndParagraph()
    {
        var (text, map) = Collapse(_current.ToString());
        _current.Clear();
        if (text.Length > 0)
        {
            _paragraphs.Add(text);
            _pronunciations.Add(_currentPronunciations.Select(p => Collapsed(p, map)).Where(p => p.Length > 0).ToList());
        }
        _currentPronunciations.Clear();
    }

    /// <summary>Ends a sentence: adds a period unless the author's text already ends with a terminator.</summary>
    public void EndSentence()
    {
        var text = _current.ToString().TrimEnd();
        if (text.Length > 0 && !EndsWithMark(text, ".!?\u2026"))
        {
            _current.Length = text.Length;
            _current.Append('.');
        }
        _current.Append(' ');
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
        var text = _current.ToString().TrimEnd();
        if (kind == 3)
        {
            EndParagraph();
        }
        else if (kind > 0 && text.Length > 0 && !EndsWithMark(text, ".!?\u2026,;:"))
        {
            _current.Length = text.Length;
            _current.Append(kind == 1 ? ", " : "; ");
        }
    }

    public void Rate(string rate) => _rates.Add(new SsmlRate(_paragraphs.Count, rate.Trim()));

    /// <summary>The element's text is the script's (readable, and the fallback); its words are said from <paramref name="words"/>.</summary>
    public void Phoneme(string text, string? alphabet, string ph, IReadOnlyList<Pronunciation> words)
    {
        _phonemes.Add(new SsmlPhoneme(_paragraphs.Count, text.Trim(), alphabet, ph));
        _currentPronunciations.Add(new BlockPronunciation(_current.Length, text.Length, words));
        Append(text);
    }

    public void Note(string note)
    {
        if (!_notes.Contains(note))
        {
            _notes.Add(note);
        }
    }

    private static bool EndsWithMark(string text, string marks) => marks.Contains(text[^1], StringComparison.Ordinal);

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

    /// <summary>
    /// Runs of whitespace as one space, none at the ends; and for each raw position (and the end) where it
    /// lands in the result, so the pronunciations recorded in raw positions can follow.
    /// </summary>
    private static (string Text, int[] Map) Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var map = new int[text.Length + 1];
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                space = sb.Length > 0;
                map[i] = sb.Length;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            map[i] = sb.Length;
            sb.Append(text[i]);
        }
        map[text.Length] = sb.Length;
        return (sb.ToString(), map);
    }

    /// <summary>A pronunciation's raw span in collapsed positions (clamped: a break may have trimmed the text since).</summary>
    private static BlockPronunciation Collapsed(BlockPronunciation p, int[] map)
    {
        var last = map.Length - 1;
        var start = map[Math.Min(p.Start, last)];
        var end = map[Math.Min(p.Start + p.Length, last)];
        return p with { Start = start, Length = Math.Max(0, end - start) };
    }
}
