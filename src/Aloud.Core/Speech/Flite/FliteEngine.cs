using System.Runtime.InteropServices;
using System.Text;

namespace Aloud.Speech.Flite;

/// <summary>
/// Flite (CMU Festival-Lite) voices rms, slt, awb and kal16, synthesised in-process through its C API.
/// Flite is thread-safe once initialised, but its voices draw excitation noise from the process-wide C
/// <c>rand()</c>. Reproducible (the default), syntheses run one at a time with a fixed seed
/// (<see cref="NativeRandom"/>): the same sentence gives the same samples on every run. Parallel, they run on
/// every core and the noise differs from run to run (decision 0005): the choice of a service whose clip cache
/// already keeps each sentence's audio stable. Words with a pronunciation are said from their phones (mapped
/// from IPA to Flite's US English phone set).
/// </summary>
public sealed unsafe class FliteEngine : ISpeechEngine, ISpellingProbe
{
    private readonly FliteNative _native;
    private readonly bool _reproducible;

    /// <summary>Binds libflite (once per process) and registers its voices.</summary>
    /// <param name="reproducible">
    /// One synthesis at a time with a fixed noise seed (the same bytes every run), or, when false, one per core
    /// with free-running noise. A process should use one mode: a parallel synthesis moves the shared generator.
    /// </param>
    /// <exception cref="NativeLibraryMissingException">libflite is not installed.</exception>
    public FliteEngine(bool reproducible = true)
    {
        _reproducible = reproducible;
        _native = FliteNative.Instance;
        Voices = FliteVoices.All.Where(v => _native.Voices.ContainsKey(v.Id)).ToList();
    }

    /// <inheritdoc />
    public string Name => FliteVoices.EngineName;

    /// <inheritdoc />
    public IReadOnlyList<Voice> Voices { get; }

    /// <inheritdoc />
    public int MaxParallelism => _reproducible ? 1 : Environment.ProcessorCount;

    /// <inheritdoc />
    public Clip Synthesize(SpeechSentence sentence, Voice voice, SynthesisOptions options)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(voice);
        var rate = SpeechRate.Validate(options);
        if (voice.Engine != Name || !_native.Voices.TryGetValue(voice.Id, out var fliteVoice))
        {
            throw new ArgumentException($"'{voice.Id}' is not a Flite voice on this machine.", nameof(voice));
        }

        var utterance = Synthesize(FliteText.Plan(sentence), fliteVoice, rate);
        try
        {
            var wave = _native.UttWave(utterance);
            var samples = wave == null || wave->Samples == null
                ? []
                : Pcm16.ToFloat(new ReadOnlySpan<short>(wave->Samples, wave->NumSamples * Math.Max(1, wave->NumChannels)), wave->NumChannels);
            var sampleRate = wave == null || wave->SampleRate <= 0 ? voice.SampleRate : wave->SampleRate;
            var clipMs = samples.Length * 1000.0 / sampleRate;
            var words = sentence.Words.Select(w => w.Text).ToList();
            return new Clip(samples, sampleRate, WordTimingAligner.Align(words, EngineWords(utterance), clipMs));
        }
        finally
        {
            _native.DeleteUtterance(utterance);
        }
    }

    /// <summary>Flite's engine-level objects are process-wide and live as long as the process: nothing to free.</summary>
    public void Dispose()
    {
    }

    /// <summary>
    /// Asks Flite how it reads one word: its text analysis turns a word it finds unpronounceable (its letter-context
    /// rule, us_aswdP) into one word per letter, so two or more one-letter words in the Word relation mean it would
    /// spell it (a clitic such as "'s" is a word of its own and does not count). Only tokenization and text analysis
    /// run, the steps that make the Word relation: synthesising the word's audio too cost 5% of a narration.
    /// </summary>
    public bool WouldSpell(string word, Voice voice)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(voice);
        var utterance = Analyse(FliteText.Plan(new SpeechSentence([new SpeechWord(word)])), _native.Voices[voice.Id]);
        try
        {
            var letters = 0;
            var relation = _native.UttRelation(utterance, FliteStrings.WordRelation);
            for (var item = relation == IntPtr.Zero ? IntPtr.Zero : _native.RelationHead(relation); item != IntPtr.Zero; item = _native.ItemNext(item))
            {
                // A spelled letter is a word of one letter ("m"), or "_a" for the letter a; "'s" and "'ll" are clitics.
                var name = Marshal.PtrToStringUTF8(_native.ItemFeatString(item, FliteStrings.Name)) ?? "";
                if (name.Length == 1 && char.IsAsciiLetter(name[0]) || name.Length == 2 && name[0] == '_' && char.IsAsciiLetter(name[1]))
                {
                    letters++;
                }
            }

            return letters > 1;
        }
        finally
        {
            _native.DeleteUtterance(utterance);
        }
    }

    /// <summary>
    /// The phone names of the Segment relation Flite synthesised for <paramref name="sentence"/>, pauses
    /// ("pau") included: what the voice really said, for tests of pronunciations.
    /// </summary>
    internal IReadOnlyList<string> Segments(SpeechSentence sentence, Voice voice)
    {
        var utterance = Synthesize(FliteText.Plan(sentence), _native.Voices[voice.Id], 1.0);
        try
        {
            var names = new List<string>();
            var relation = _native.UttRelation(utterance, FliteStrings.SegmentRelation);
            for (var item = relation == IntPtr.Zero ? IntPtr.Zero : _native.RelationHead(relation); item != IntPtr.Zero; item = _native.ItemNext(item))
            {
                names.Add(Marshal.PtrToStringUTF8(_native.ItemFeatString(item, FliteStrings.Name)) ?? "");
            }

            return names;
        }
        finally
        {
            _native.DeleteUtterance(utterance);
        }
    }

    /// <summary>The utterance after tokenization and text analysis only: its Token and Word relations, no audio.</summary>
    private IntPtr Analyse(FliteInput input, FliteVoice voice)
    {
        var text = Encoding.ASCII.GetBytes(input.Text + '\0');
        var utterance = _native.NewUtterance();
        fixed (byte* bytes = text)
        {
            _native.SetInputText(utterance, bytes);
            _native.UttInit(utterance, voice.Handle);
            if (_native.Tokenize(utterance) == IntPtr.Zero || _native.TextAnalysis(utterance) == IntPtr.Zero)
            {
                _native.DeleteUtterance(utterance);
                throw new InvalidOperationException("Flite failed to analyse the word.");
            }
        }

        return utterance;
    }

    /// <summary>
    /// flite_synth_text's steps, done by hand to set the rate on the utterance. Rate is Flite's
    /// duration_stretch feature; utt_init copies the voice's features into the utterance, and synthesis reads
    /// them from there, so setting it on the utterance after utt_init gives each call its own rate while the
    /// voice stays untouched and shared. Setting it on the voice instead would race between concurrent calls
    /// (or need a lock that serialises them), and a voice registered per rate would leak one voice per rate.
    /// </summary>
    private IntPtr Synthesize(FliteInput input, FliteVoice voice, double rate) =>
        _reproducible ? NativeRandom.Seeded(() => SynthesizeUnseeded(input, voice, rate)) : SynthesizeUnseeded(input, voice, rate);

    private IntPtr SynthesizeUnseeded(FliteInput input, FliteVoice voice, double rate)
    {
        var text = Encoding.ASCII.GetBytes(input.Text + '\0');
        var utterance = _native.NewUtterance();
        fixed (byte* bytes = text)
        {
            _native.SetInputText(utterance, bytes);
            _native.UttInit(utterance, voice.Handle);

            // cst_utterance's first field is its feature set (cst_utterance.h).
            var features = *(IntPtr*)utterance;
            _native.FeatSetFloat(features, FliteStrings.DurationStretch, (float)(voice.DurationStretch / rate));
            var done = input.Phones.Count == 0 ? _native.UttSynth(utterance) : SynthesizeWithPhones(utterance, input.Phones);
            if (done == IntPtr.Zero)
            {
                _native.DeleteUtterance(utterance);
                throw new InvalidOperationException("Flite failed to synthesise the sentence.");
            }
        }

        return utterance;
    }

    /// <summary>
    /// Says some words from phones. Flite's lexical insertion takes a token's "phones" feature, when it has
    /// one, instead of looking the word up (it is how Flite's own SSML &lt;phoneme&gt; works), so the phones
    /// live on this one utterance. The alternative, an addendum entry in the lexicon under a made-up word,
    /// would change the cmu lexicon every voice in the process shares while other threads read it (Flite
    /// has no lock), would grow with every new pronunciation, and would send Flite a made-up word whose
    /// letters no longer match ours for timing alignment. A token is matched to its word by position: its
    /// "file_pos" is one past the space (or terminator) that ended it.
    /// </summary>
    private IntPtr SynthesizeWithPhones(IntPtr utterance, IReadOnlyList<FliteTokenPhones> phones)
    {
        _native.Tokenize(utterance);
        var relation = _native.UttRelation(utterance, FliteStrings.TokenRelation);
        for (var token = relation == IntPtr.Zero ? IntPtr.Zero : _native.RelationHead(relation); token != IntPtr.Zero; token = _native.ItemNext(token))
        {
            var end = _native.ItemFeatInt(token, FliteStrings.FilePos) - 1;
            foreach (var word in phones)
            {
                if (end >= word.Start && end <= word.End)
                {
                    var value = Encoding.ASCII.GetBytes(word.Phones + '\0');
                    fixed (byte* v = value)
                    {
                        _native.ItemSetString(token, FliteStrings.Phones, v);
                    }

                    break;
                }
            }
        }

        return _native.UttSynthTokens(utterance);
    }

    /// <summary>The Word relation's words with their times (engines.md: median error 8 ms against ASR).</summary>
    private List<EngineWord> EngineWords(IntPtr utterance)
    {
        var words = new List<EngineWord>();
        var relation = _native.UttRelation(utterance, FliteStrings.WordRelation);
        for (var item = relation == IntPtr.Zero ? IntPtr.Zero : _native.RelationHead(relation);
             item != IntPtr.Zero;
             item = _native.ItemNext(item))
        {
            // A word without segments (punctuation read as nothing) has no time to read: skip it rather than
            // let Flite walk a path that is not there.
            if (_native.PathToItem(item, FliteStrings.SegmentBeforeWord) == IntPtr.Zero
                || _native.PathToItem(item, FliteStrings.LastSegmentOfWord) == IntPtr.Zero)
            {
                continue;
            }

            var name = Marshal.PtrToStringUTF8(_native.ItemFeatString(item, FliteStrings.Name)) ?? "";
            var start = _native.FfeatureFloat(item, FliteStrings.WordStartPath) * 1000.0;
            var end = _native.FfeatureFloat(item, FliteStrings.WordEndPath) * 1000.0;
            words.Add(new EngineWord(name, start, end));
        }

        return words;
    }
}
