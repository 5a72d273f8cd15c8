using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Aloud.Speech.Espeak;

/// <summary>
/// The one owner of eSpeak NG in this process. eSpeak keeps all its state in globals (voice, rate, the
/// callback, the output buffer) and two unlocked concurrent syntheses corrupt each other's audio, so every
/// call goes through this singleton's lock. Synchronous mode runs the synthesis, callbacks included, on the
/// calling thread, so a lock is enough; no dedicated thread is needed.
/// </summary>
internal sealed unsafe class EspeakOwner
{
    private static readonly Lazy<EspeakOwner> Shared = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    // Where the callback writes; set only while the lock is held, for the synthesis in progress.
    private static EspeakCapture? _capture;

    private readonly EspeakNative _native;
    private readonly Lock _lock = new();
    private string? _currentVoice;

    private EspeakOwner(EspeakNative native, int sampleRate)
    {
        _native = native;
        SampleRate = sampleRate;
        _native.SetSynthCallback((IntPtr)(delegate* unmanaged[Cdecl]<short*, int, EspeakEvent*, int>)&OnSynth);
        Voices = EspeakVoiceList.Read(_native);
    }

    /// <summary>The process-wide owner; throws <see cref="NativeLibraryMissingException"/> without eSpeak NG.</summary>
    public static EspeakOwner Instance => Shared.Value;

    /// <summary>eSpeak's output rate (22050 Hz).</summary>
    public int SampleRate { get; }

    /// <summary>The voices eSpeak lists.</summary>
    public IReadOnlyList<EspeakVoiceInfo> Voices { get; }

    /// <summary>How many syntheses have run (tests use it to see that calls really went through here).</summary>
    public int SynthesisCount { get; private set; }

    /// <summary>Synthesises <paramref name="text"/> as plain UTF-8 text, never as SSML.</summary>
    /// <param name="voiceFile">The voice's file under espeak-ng-data/voices, e.g. "gmw/en-US".</param>
    /// <param name="wordsPerMinute">eSpeak's rate, within its 80-450 range.</param>
    /// <param name="text">The text; markup-like characters are read as characters.</param>
    /// <param name="phonemeInput">Read <c>[[...]]</c> as phoneme mnemonics: only for text from <see cref="EspeakText"/>, which escapes the words.</param>
    public EspeakCapture Synthesize(string voiceFile, int wordsPerMinute, string text, bool phonemeInput = false)
    {
        lock (_lock)
        {
            return SynthesizeLocked(voiceFile, wordsPerMinute, text, phonemeInput);
        }
    }

    /// <summary>The phoneme mnemonics eSpeak says for <paramref name="text"/> at its normal rate, from its phoneme trace.</summary>
    public string TracePhonemes(string voiceFile, string text, bool phonemeInput)
    {
        var path = Path.GetTempFileName();
        try
        {
            lock (_lock)
            {
                var stream = CStdio.Open(path, "w");
                try
                {
                    _native.SetPhonemeTrace(EspeakNative.PhonemeTraceMnemonics, stream);
                    SynthesizeLocked(voiceFile, EspeakNative.RateNormal, text, phonemeInput);
                }
                finally
                {
                    _native.SetPhonemeTrace(0, IntPtr.Zero);
                    CStdio.Close(stream);
                }
            }

            return File.ReadAllText(path).Trim();
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// The IPA eSpeak gives for <paramref name="text"/> in <paramref name="voice"/> (a name or a file under
    /// espeak-ng-data/voices), clause by clause: one string per clause, words separated by spaces, the clause's
    /// punctuation dropped (eSpeak 1.51 has no call that keeps it). Neural voices read these phonemes.
    /// </summary>
    public IReadOnlyList<string> TextToIpa(string voice, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text + '\0');
        var clauses = new List<string>();
        lock (_lock)
        {
            SelectVoice(voice);
            fixed (byte* start = bytes)
            {
                var p = start;
                // eSpeak moves the pointer past each clause it reads and sets it to NULL after the last one.
                while (p is not null && *p != 0)
                {
                    var before = p;
                    var phonemes = _native.TextToPhonemes(&p, EspeakNative.CharsUtf8, EspeakNative.PhonemesIpa);
                    if (phonemes is not null)
                    {
                        clauses.Add(Marshal.PtrToStringUTF8((IntPtr)phonemes) ?? "");
                    }
                    if (p == before)
                    {
                        break; // no progress: never loop forever on text eSpeak will not consume
                    }
                }
            }
        }

        return clauses;
    }

    private void SelectVoice(string voiceFile)
    {
        if (_currentVoice == voiceFile)
        {
            return;
        }

        // Selecting a voice loads its dictionary: only do it when the voice changes. A language name ("en-gb", as
        // Piper configs give it) is selected by the file of the voice for that language, since eSpeak accepts a
        // language as a name only where the two happen to be equal.
        if (!TrySelect(voiceFile)
            && !(Voices.FirstOrDefault(v => string.Equals(v.Language, voiceFile, StringComparison.OrdinalIgnoreCase)) is { } byLanguage && TrySelect(byLanguage.Identifier)))
        {
            _currentVoice = null;
            throw new ArgumentException($"eSpeak NG has no voice '{voiceFile}'.", nameof(voiceFile));
        }

        _currentVoice = voiceFile;
    }

    private bool TrySelect(string name)
    {
        var bytes = Encoding.UTF8.GetBytes(name + '\0');
        fixed (byte* p = bytes)
        {
            return _native.SetVoiceByName(p) == 0;
        }
    }

    private EspeakCapture SynthesizeLocked(string voiceFile, int wordsPerMinute, string text, bool phonemeInput)
    {
        var bytes = Encoding.UTF8.GetBytes(text + '\0');
        SelectVoice(voiceFile);

        // Rate is global too, and a voice change may reset it: set it on every call.
        _native.SetParameter(EspeakNative.ParameterRate, wordsPerMinute, 0);
        var capture = new EspeakCapture();
        _capture = capture;
        try
        {
            var flags = (uint)(EspeakNative.CharsUtf8 | (phonemeInput ? EspeakNative.PhonemeInput : 0));
            fixed (byte* p = bytes)
            {
                var error = _native.Synth(p, (nuint)bytes.Length, 0, EspeakNative.PositionCharacter, 0, flags, null, IntPtr.Zero);
                if (error != 0)
                {
                    throw new InvalidOperationException($"eSpeak NG failed to synthesise (error {error}).");
                }
            }
        }
        finally
        {
            _capture = null;
            SynthesisCount++;
        }

        if (capture.Failure is { } failure)
        {
            throw new InvalidOperationException("eSpeak NG's audio callback failed.", failure);
        }

        return capture;
    }

    private static EspeakOwner Create()
    {
        var native = EspeakNative.Load();
        var sampleRate = native.Initialize(EspeakNative.AudioOutputSynchronous, 0, null, EspeakNative.InitializeDontExit);
        if (sampleRate <= 0)
        {
            // The library loaded but found no voice data: espeak-ng-data is missing.
            throw EspeakNative.Missing();
        }

        return new EspeakOwner(native, sampleRate);
    }

    /// <summary>eSpeak's synth callback: collects samples and word events. Returns 0 to go on, 1 to abort.</summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int OnSynth(short* wav, int count, EspeakEvent* events)
    {
        var capture = _capture;
        if (capture is null)
        {
            return 1;
        }

        // An exception must not cross back into C: stop the synthesis instead and report it afterwards.
        try
        {
            capture.Add(wav, count, events);
            return 0;
        }
        catch (Exception e)
        {
            capture.Failure = e;
            return 1;
        }
    }
}
