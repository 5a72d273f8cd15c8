using System.Runtime.InteropServices;

namespace Aloud.Speech.Flite;

/// <summary>
/// Flite's C API, bound once per process with <see cref="NativeLibrary"/> and unmanaged function pointers
/// (the voices live in one library each, so a fixed DllImport would not do). Flite has one process-wide
/// state (its regex tables, its lexicon, its feature-function registry): <see cref="Instance"/> initialises
/// it and registers every voice up front, because registration is not safe to run beside a synthesis.
/// </summary>
internal sealed unsafe class FliteNative
{
    private const string CoreLibrary = "libflite.so.1";

    private static readonly Lazy<FliteNative> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private FliteNative(IntPtr core)
    {
        var init = (delegate* unmanaged[Cdecl]<int>)NativeLibrary.GetExport(core, "flite_init");
        NewUtterance = (delegate* unmanaged[Cdecl]<IntPtr>)NativeLibrary.GetExport(core, "new_utterance");
        SetInputText = (delegate* unmanaged[Cdecl]<IntPtr, byte*, int>)NativeLibrary.GetExport(core, "utt_set_input_text");
        UttInit = (delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr>)NativeLibrary.GetExport(core, "utt_init");
        UttSynth = (delegate* unmanaged[Cdecl]<IntPtr, IntPtr>)NativeLibrary.GetExport(core, "utt_synth");
        Tokenize = (delegate* unmanaged[Cdecl]<IntPtr, IntPtr>)NativeLibrary.GetExport(core, "default_tokenization");
        UttSynthTokens = (delegate* unmanaged[Cdecl]<IntPtr, IntPtr>)NativeLibrary.GetExport(core, "utt_synth_tokens");
        TextAnalysis = (delegate* unmanaged[Cdecl]<IntPtr, IntPtr>)NativeLibrary.GetExport(core, "default_textanalysis");
        ItemSetString = (delegate* unmanaged[Cdecl]<IntPtr, IntPtr, byte*, void>)NativeLibrary.GetExport(core, "item_set_string");
        ItemFeatInt = (delegate* unmanaged[Cdecl]<IntPtr, IntPtr, int>)NativeLibrary.GetExport(core, "item_feat_int");
        DeleteUtterance = (delegate* unmanaged[Cdecl]<IntPtr, void>)NativeLibrary.GetExport(core, "delete_utterance");
        FeatSetFloat = (delegate* unmanaged[Cdecl]<IntPtr, IntPtr, float, void>)NativeLibrary.GetExport(core, "feat_set_float");
        UttWave = (delegate* unmanaged[Cdecl]<IntPtr, CstWave*>)NativeLibrary.GetExport(core, "utt_wave");
        UttRelation = (delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr>)NativeLibrary.GetExport(core, "utt_relation");
        RelationHead = (delegate* unmanaged[Cdecl]<IntPtr, IntPtr>)NativeLibrary.GetExport(core, "relation_head");
        ItemNext = (delegate* unmanaged[Cdecl]<IntPtr, IntPtr>)NativeLibrary.GetExport(core, "item_next");
        ItemFeatString = (delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr>)NativeLibrary.GetExport(core, "item_feat_string");
        FfeatureFloat = (delegate* unmanaged[Cdecl]<IntPtr, IntPtr, float>)NativeLibrary.GetExport(core, "ffeature_float");
        PathToItem = (delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr>)NativeLibrary.GetExport(core, "path_to_item");
        var getParamFloat = (delegate* unmanaged[Cdecl]<IntPtr, IntPtr, float, float>)NativeLibrary.GetExport(core, "get_param_float");
        init();
        Voices = RegisterVoices(getParamFloat);
    }

    /// <summary>The process-wide binding; throws <see cref="NativeLibraryMissingException"/> without libflite.</summary>
    public static FliteNative Instance => Shared.Value;

    /// <summary>Registered voices by short name ("rms"), only those whose library loaded.</summary>
    public IReadOnlyDictionary<string, FliteVoice> Voices { get; }

    // cst_utterance *new_utterance(void) and the steps flite_synth_text runs, split so that we can set a
    // feature on the utterance between utt_init and utt_synth (see FliteEngine for why).
    public delegate* unmanaged[Cdecl]<IntPtr> NewUtterance { get; }
    public delegate* unmanaged[Cdecl]<IntPtr, byte*, int> SetInputText { get; }
    public delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr> UttInit { get; }
    public delegate* unmanaged[Cdecl]<IntPtr, IntPtr> UttSynth { get; }
    public delegate* unmanaged[Cdecl]<IntPtr, void> DeleteUtterance { get; }

    // utt_synth split once more, for words said from phones: default_tokenization builds the Token relation
    // (none of our voices sets its own tokenizer_func), we give tokens their "phones", and utt_synth_tokens
    // runs every later step, exactly as utt_synth would.
    public delegate* unmanaged[Cdecl]<IntPtr, IntPtr> Tokenize { get; }
    public delegate* unmanaged[Cdecl]<IntPtr, IntPtr> UttSynthTokens { get; }

    // The step after tokenization: tokens to words (the voice's tokentowords_func, us_tokentowords for ours), which
    // is where a word Flite finds unpronounceable becomes one word per letter. Enough to ask how a word would be read.
    public delegate* unmanaged[Cdecl]<IntPtr, IntPtr> TextAnalysis { get; }

    // item_set_string copies the value but keeps the name pointer: pass only FliteStrings constants as names.
    public delegate* unmanaged[Cdecl]<IntPtr, IntPtr, byte*, void> ItemSetString { get; }

    // Only on int features (a token's "file_pos").
    public delegate* unmanaged[Cdecl]<IntPtr, IntPtr, int> ItemFeatInt { get; }

    // feat_set_float keeps the name pointer rather than copying it: pass only FliteStrings constants.
    public delegate* unmanaged[Cdecl]<IntPtr, IntPtr, float, void> FeatSetFloat { get; }
    public delegate* unmanaged[Cdecl]<IntPtr, CstWave*> UttWave { get; }
    public delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr> UttRelation { get; }
    public delegate* unmanaged[Cdecl]<IntPtr, IntPtr> RelationHead { get; }
    public delegate* unmanaged[Cdecl]<IntPtr, IntPtr> ItemNext { get; }

    // Only on string features (the word's "name"): a string accessor on a non-string feature exits the process.
    public delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr> ItemFeatString { get; }

    // Only on float features (segment "end"), and only once PathToItem has shown that the path exists.
    public delegate* unmanaged[Cdecl]<IntPtr, IntPtr, float> FfeatureFloat { get; }
    public delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr> PathToItem { get; }

    private static FliteNative Load()
    {
        try
        {
            NativeHeap.KeepFreedMemoryForReuse();
            return new FliteNative(NativeLibraries.Load(CoreLibrary));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            throw new NativeLibraryMissingException("libflite", "libflite1", e);
        }
    }

    private static Dictionary<string, FliteVoice> RegisterVoices(delegate* unmanaged[Cdecl]<IntPtr, IntPtr, float, float> getParamFloat)
    {
        var voices = new Dictionary<string, FliteVoice>(StringComparer.Ordinal);
        foreach (var name in FliteVoices.Names)
        {
            // A voice whose library is absent is simply not offered; the others still work.
            if (!NativeLibraries.TryLoad(FliteVoices.LibraryOf(name), out var library)
                || !NativeLibrary.TryGetExport(library, $"register_cmu_us_{name}", out var register))
            {
                continue;
            }

            var voice = ((delegate* unmanaged[Cdecl]<IntPtr, IntPtr>)register)(IntPtr.Zero);
            if (voice != IntPtr.Zero)
            {
                // Some voices carry their own stretch (kal16 sets 1.1; the others none, i.e. 1.0): our rate
                // scales it rather than replacing it. cst_voice is { name, features, ... } (cst_voice.h).
                var features = ((IntPtr*)voice)[1];
                voices[name] = new FliteVoice(voice, getParamFloat(features, FliteStrings.DurationStretch, 1f));
            }
        }

        return voices;
    }
}

/// <summary>A registered Flite voice and the duration_stretch it was built with.</summary>
internal readonly record struct FliteVoice(IntPtr Handle, float DurationStretch);

/// <summary>Flite's cst_wave (cst_wave.h): type, sample_rate, num_samples, num_channels, samples.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct CstWave
{
    public IntPtr Type;
    public int SampleRate;
    public int NumSamples;
    public int NumChannels;
    public short* Samples;
}
