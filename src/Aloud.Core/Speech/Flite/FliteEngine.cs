using System.Runtime.InteropServices;
using System.Text;

namespace Aloud.Speech.Flite;

/// <summary>
/// Flite (CMU Festival-Lite) voices rms, slt, awb and kal16, synthesised in-process through its C API.
/// Flite is thread-safe once initialised, so calls run concurrently (one per core).
/// </summary>
public sealed unsafe class FliteEngine : ISpeechEngine
{
    private readonly FliteNative _native;

    /// <summary>Binds libflite (once per process) and registers its voices.</summary>
    /// <exception cref="NativeLibraryMissingException">libflite is not installed.</exception>
    public FliteEngine()
    {
        _native = FliteNative.Instance;
        Voices = FliteVoices.All.Where(v => _native.Voices.ContainsKey(v.Id)).ToList();
    }

    /// <inheritdoc />
    public string Name => FliteVoices.EngineName;

    /// <inheritdoc />
    public IReadOnlyList<Voice> Voices { get; }

    /// <inheritdoc />
    public int MaxParallelism => Environment.ProcessorCount;

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

        var text = Encoding.ASCII.GetBytes(FliteText.Build(sentence) + '\0');
        var utterance = Synthesize(text, fliteVoice, rate);
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
    /// flite_synth_text's steps, done by hand to set the rate on the utterance. Rate is Flite's
    /// duration_stretch feature; utt_init copies the voice's features into the utterance, and synthesis reads
    /// them from there, so setting it on the utterance after utt_init gives each call its own rate while the
    /// voice stays untouched and shared. Setting it on the voice instead would race between concurrent calls
    /// (or need a lock that serialises them), and a voice registered per rate would leak one voice per rate.
    /// </summary>
    private IntPtr Synthesize(byte[] text, FliteVoice voice, double rate)
    {
        var utterance = _native.NewUtterance();
        fixed (byte* input = text)
        {
            _native.SetInputText(utterance, input);
            _native.UttInit(utterance, voice.Handle);

            // cst_utterance's first field is its feature set (cst_utterance.h).
            var features = *(IntPtr*)utterance;
            _native.FeatSetFloat(features, FliteStrings.DurationStretch, (float)(voice.DurationStretch / rate));
            if (_native.UttSynth(utterance) == IntPtr.Zero)
            {
                _native.DeleteUtterance(utterance);
                throw new InvalidOperationException("Flite failed to synthesise the sentence.");
            }
        }

        return utterance;
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
