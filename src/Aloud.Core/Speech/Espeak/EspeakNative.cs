using System.Runtime.InteropServices;

namespace Aloud.Speech.Espeak;

/// <summary>
/// eSpeak NG's C API (speak_lib.h), bound with <see cref="NativeLibrary"/> and unmanaged function pointers so
/// that a missing library surfaces once, at load, as <see cref="NativeLibraryMissingException"/>. The library
/// has one global synthesiser: only <see cref="EspeakOwner"/> may call these, under its lock.
/// </summary>
internal sealed unsafe class EspeakNative
{
    public const int AudioOutputSynchronous = 2;   // espeak_AUDIO_OUTPUT: AUDIO_OUTPUT_SYNCHRONOUS
    public const int InitializeDontExit = 0x8000;  // espeakINITIALIZE_DONT_EXIT: fail, don't exit(), without data
    public const int PositionCharacter = 1;        // espeak_POSITION_TYPE: POS_CHARACTER
    public const int CharsUtf8 = 1;                // espeakCHARS_UTF8, and deliberately never espeakSSML
    public const int PhonemeInput = 0x100;         // espeakPHONEMES: [[...]] is phoneme input (EspeakText escapes user text)
    public const int PhonemeTraceMnemonics = 1;    // espeakPHONEMES_SHOW: espeak_SetPhonemeTrace writes mnemonics
    public const int ParameterRate = 1;            // espeak_PARAMETER: espeakRATE (words per minute)
    public const int RateNormal = 175;             // espeakRATE_NORMAL
    public const int RateMinimum = 80;             // espeakRATE_MINIMUM
    public const int RateMaximum = 450;            // espeakRATE_MAXIMUM
    public const int PhonemesIpa = 0x02;           // espeak_TextToPhonemes phonememode: IPA as UTF-8

    private const string Library = "libespeak-ng.so.1";

    private EspeakNative(IntPtr library)
    {
        Initialize = (delegate* unmanaged[Cdecl]<int, int, byte*, int, int>)NativeLibrary.GetExport(library, "espeak_Initialize");
        SetSynthCallback = (delegate* unmanaged[Cdecl]<IntPtr, void>)NativeLibrary.GetExport(library, "espeak_SetSynthCallback");
        SetVoiceByName = (delegate* unmanaged[Cdecl]<byte*, int>)NativeLibrary.GetExport(library, "espeak_SetVoiceByName");
        SetParameter = (delegate* unmanaged[Cdecl]<int, int, int, int>)NativeLibrary.GetExport(library, "espeak_SetParameter");
        Synth = (delegate* unmanaged[Cdecl]<byte*, nuint, uint, int, uint, uint, uint*, IntPtr, int>)NativeLibrary.GetExport(library, "espeak_Synth");
        ListVoices = (delegate* unmanaged[Cdecl]<IntPtr, EspeakVoiceEntry**>)NativeLibrary.GetExport(library, "espeak_ListVoices");
        SetPhonemeTrace = (delegate* unmanaged[Cdecl]<int, IntPtr, void>)NativeLibrary.GetExport(library, "espeak_SetPhonemeTrace");
        TextToPhonemes = (delegate* unmanaged[Cdecl]<byte**, int, int, byte*>)NativeLibrary.GetExport(library, "espeak_TextToPhonemes");
    }

    /// <summary>int espeak_Initialize(output, buflength, path, options): the sample rate, or -1.</summary>
    public delegate* unmanaged[Cdecl]<int, int, byte*, int, int> Initialize { get; }

    /// <summary>void espeak_SetSynthCallback(int (*)(short *wav, int numsamples, espeak_EVENT *events)).</summary>
    public delegate* unmanaged[Cdecl]<IntPtr, void> SetSynthCallback { get; }

    /// <summary>espeak_ERROR espeak_SetVoiceByName(const char *name): 0 when the voice was found.</summary>
    public delegate* unmanaged[Cdecl]<byte*, int> SetVoiceByName { get; }

    /// <summary>espeak_ERROR espeak_SetParameter(parameter, value, relative).</summary>
    public delegate* unmanaged[Cdecl]<int, int, int, int> SetParameter { get; }

    /// <summary>espeak_ERROR espeak_Synth(text, size, position, position_type, end_position, flags, unique_id, user_data).</summary>
    public delegate* unmanaged[Cdecl]<byte*, nuint, uint, int, uint, uint, uint*, IntPtr, int> Synth { get; }

    /// <summary>const espeak_VOICE **espeak_ListVoices(espeak_VOICE *spec): NULL-terminated.</summary>
    public delegate* unmanaged[Cdecl]<IntPtr, EspeakVoiceEntry**> ListVoices { get; }

    /// <summary>void espeak_SetPhonemeTrace(int phonememode, FILE *stream): write the phonemes of each synthesis to stream.</summary>
    public delegate* unmanaged[Cdecl]<int, IntPtr, void> SetPhonemeTrace { get; }

    /// <summary>
    /// const char *espeak_TextToPhonemes(const void **textptr, int textmode, int phonememode): the phonemes of one
    /// clause, in a buffer of eSpeak's own that the next call overwrites; advances textptr, NULL at the end.
    /// </summary>
    public delegate* unmanaged[Cdecl]<byte**, int, int, byte*> TextToPhonemes { get; }

    /// <summary>Binds the library or throws <see cref="NativeLibraryMissingException"/>.</summary>
    public static EspeakNative Load()
    {
        try
        {
            return new EspeakNative(NativeLibraries.Load(Library));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            throw Missing(e);
        }
    }

    /// <summary>The error for a missing library or missing voice data (both come from these two packages).</summary>
    public static NativeLibraryMissingException Missing(Exception? inner = null) =>
        new("libespeak-ng", "libespeak-ng1 espeak-ng-data", inner);
}

/// <summary>espeak_EVENT on x86_64 (speak_lib.h): 40 bytes, the union at offset 32.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct EspeakEvent
{
    public const int ListTerminated = 0; // espeakEVENT_LIST_TERMINATED
    public const int Word = 1;           // espeakEVENT_WORD

    public int Type;
    public uint UniqueIdentifier;
    public int TextPosition;   // 1-based, in characters of the text we passed
    public int Length;         // in characters; 0 for the extra event at each clause end
    public int AudioPosition;  // milliseconds from the start of this synthesis
    public int Sample;
    public IntPtr UserData;
    public long Id;            // union { int number; const char *name; char string[8]; }
}

/// <summary>espeak_VOICE (speak_lib.h): only the fields we read are named.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct EspeakVoiceEntry
{
    public IntPtr Name;        // e.g. "English_(America)"
    public IntPtr Languages;   // repeated (priority byte, zero-terminated name), ended by an extra zero byte
    public IntPtr Identifier;  // file under espeak-ng-data/voices, e.g. "gmw/en-US"
    public byte Gender;
    public byte Age;
    public byte Variant;
    public byte Xx1;
    public int Score;
    public IntPtr Spare;
}
