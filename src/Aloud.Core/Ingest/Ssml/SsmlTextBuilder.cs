using System.Globalization;
using System.Text;

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

    public IReadOnlyList<SsmlPhoneme> Phonemes => _phonemes;
    public IReadOnlyList<SsmlRate> Rates => _rates;
    public IReadOnlyList<string> Notes => _notes;

    public void Append(string text) => _current.Append(text);

    public void EndParagraph()
    {
        var text = Collapse(_current.ToString());
        _current.Clear();
        if (text.Length > 0)
        {
            _paragraphs.Add(text);
        }
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

    public void Phoneme(string text, string? alphabet, string ph)
    {
        _phonemes.Add(new SsmlPhoneme(_paragraphs.Count, text.Trim(), alphabet, ph));
        // No engine of ours takes phonemes as plain words, so the element's own text is what is said.
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

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
