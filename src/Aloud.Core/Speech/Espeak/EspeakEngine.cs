namespace Aloud.Speech.Espeak;

/// <summary>
/// eSpeak NG's formant voices, one per language it ships (ids "espeak:en-us", "espeak:de", ...). Robotic but
/// fast and multilingual. eSpeak has one global synthesiser per process, so calls are serialised through
/// <see cref="EspeakOwner"/> and <see cref="MaxParallelism"/> is 1. Words with a pronunciation are said from
/// it on English voices; other languages read their text (the lexicon's respelling, or the word as written).
/// </summary>
public sealed class EspeakEngine : ISpeechEngine, ISpellingProbe
{
    /// <summary>The prefix of every eSpeak voice id.</summary>
    public const string VoicePrefix = "espeak:";

    public const string EngineName = "espeak";
    private readonly EspeakOwner _owner;

    /// <summary>Binds eSpeak NG (once per process) and lists its voices.</summary>
    /// <exception cref="NativeLibraryMissingException">libespeak-ng or its data is not installed.</exception>
    public EspeakEngine()
    {
        _owner = EspeakOwner.Instance;
        var voices = _owner.Voices
            .Select(v => new Voice(VoicePrefix + v.Language, EngineName, v.Identifier, v.Language, _owner.SampleRate, "eSpeak NG " + v.Description))
            .ToList();

        // US English first: it is this engine's default voice, then British English, then the rest by id.
        string[] preferred = [VoicePrefix + "en-us", VoicePrefix + "en-gb"];
        Voices = voices.OrderBy(v => Array.IndexOf(preferred, v.Id) is var i && i >= 0 ? i : preferred.Length)
            .ThenBy(v => v.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <inheritdoc />
    public string Name => EngineName;

    /// <inheritdoc />
    public IReadOnlyList<Voice> Voices { get; }

    /// <inheritdoc />
    public int MaxParallelism => 1;

    /// <inheritdoc />
    public Clip Synthesize(SpeechSentence sentence, Voice voice, SynthesisOptions options)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(voice);
        var rate = SpeechRate.Validate(options);
        if (voice.Engine != Name)
        {
            throw new ArgumentException($"'{voice.Id}' is not an eSpeak voice.", nameof(voice));
        }

        // eSpeak takes words per minute and caps them to its own range, so clamp here and say so.
        var wpm = (int)Math.Round(Math.Clamp(EspeakNative.RateNormal * rate, EspeakNative.RateMinimum, EspeakNative.RateMaximum));
        var phonemes = SaysPhonemes(sentence, voice);
        var text = EspeakText.Build(sentence, phonemes);
        var capture = _owner.Synthesize(voice.EngineVoiceName, wpm, text.Text, phonemes);
        var samples = Pcm16.ToFloat(capture.Samples);
        var clipMs = samples.Length * 1000.0 / _owner.SampleRate;
        return new Clip(samples, _owner.SampleRate, Timings(sentence, text, capture.Words, clipMs));
    }

    /// <summary>
    /// The phoneme mnemonics eSpeak said for <paramref name="sentence"/> (its phoneme trace), word by word:
    /// what the voice really said, for tests of pronunciations.
    /// </summary>
    internal string Phonemes(SpeechSentence sentence, Voice voice)
    {
        var phonemes = SaysPhonemes(sentence, voice);
        return _owner.TracePhonemes(voice.EngineVoiceName, EspeakText.Build(sentence, phonemes).Text, phonemes);
    }

    /// <summary>
    /// Asks eSpeak how it says one word: a word it finds unpronounceable is read letter by letter, at least at its
    /// start ("Wrzesniewski" as "W R zesniewski"), so the word's phonemes then begin with the names of its first two
    /// letters, as eSpeak itself says them.
    /// </summary>
    public bool WouldSpell(string word, Voice voice)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(voice);
        if (word.Length < 2 || !char.IsLetter(word[0]) || !char.IsLetter(word[1]))
        {
            return false;
        }
        var said = Compact(_owner.TracePhonemes(voice.EngineVoiceName, word, phonemeInput: false));
        var letters = Compact(_owner.TracePhonemes(voice.EngineVoiceName, word[..1], phonemeInput: false))
            + Compact(_owner.TracePhonemes(voice.EngineVoiceName, word[1..2], phonemeInput: false));
        if (letters.Length > 0 && said.StartsWith(letters, StringComparison.Ordinal))
        {
            return true;
        }
        // eSpeak may spell only the first letter of a cluster no English word starts with: "Tsvangirai" is "tee"
        // then "svangirai", "Dlamini" "dee" then "lamini". The word is then exactly the first letter's name followed
        // by the rest said as a word of its own ("Teague" and "Tsai" are not: their first sound is no letter's name).
        var first = Compact(_owner.TracePhonemes(voice.EngineVoiceName, word[..1], phonemeInput: false));
        var rest = Compact(_owner.TracePhonemes(voice.EngineVoiceName, word[1..].ToLowerInvariant(), phonemeInput: false));
        return first.Length > 0 && rest.Length > 0 && said == first + rest;
    }

    /// <summary>Phonemes without stress marks, pauses or spaces, so that a letter's name compares equal in any position.</summary>
    private static string Compact(string trace) =>
        new(trace.Where(c => !char.IsWhiteSpace(c) && c is not ('\'' or ',' or '_' or ':' or ';' or '%' or '=' or '|')).ToArray());

    /// <summary>Phoneme input only where it is needed and understood: a pronounced word, an English voice.</summary>
    private static bool SaysPhonemes(SpeechSentence sentence, Voice voice) =>
        EspeakPhonemes.Understands(voice.Language) && sentence.Words.Any(w => w.Pronunciation is not null);

    /// <summary>eSpeak's state is process-wide and lives as long as the process: nothing to free.</summary>
    public void Dispose()
    {
    }

    /// <summary>
    /// Word events give only starts: a word runs until the next event (so it includes any pause after it),
    /// and the last one until the clip's end. Words eSpeak gave no event of their own (a hyphenated word's
    /// second half maps to the same word; a few short words get none) are filled in by the interpolator.
    /// </summary>
    private static IReadOnlyList<WordTiming> Timings(SpeechSentence sentence, EspeakText text, List<EspeakWordEvent> events, double clipMs)
    {
        var starts = new double?[sentence.Words.Count];
        foreach (var e in events)
        {
            var word = text.WordAt(e.TextPosition);
            if (word >= 0 && starts[word] is null)
            {
                starts[word] = e.AudioMs;
            }
        }

        var anchors = new (double, double)?[starts.Length];
        double? nextStart = null;
        for (var i = starts.Length - 1; i >= 0; i--)
        {
            if (starts[i] is { } start)
            {
                anchors[i] = (start, nextStart ?? clipMs);
                nextStart = start;
            }
        }

        return WordTimingInterpolator.Complete(sentence.Words.Select(w => w.Text).ToList(), anchors, clipMs);
    }
}
