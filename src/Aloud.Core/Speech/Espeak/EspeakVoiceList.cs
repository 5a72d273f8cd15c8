using System.Runtime.InteropServices;

namespace Aloud.Speech.Espeak;

/// <summary>Reads eSpeak NG's voice table (espeak_ListVoices).</summary>
internal static unsafe class EspeakVoiceList
{
    /// <summary>
    /// One entry per language, in eSpeak's order. MBROLA voices are left out: they need the separate mbrola
    /// program and its voice files.
    /// </summary>
    public static IReadOnlyList<EspeakVoiceInfo> Read(EspeakNative native)
    {
        var result = new List<EspeakVoiceInfo>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var list = native.ListVoices(IntPtr.Zero);
        for (var entry = list; entry != null && *entry != null; entry++)
        {
            var voice = *entry;
            var identifier = Marshal.PtrToStringUTF8(voice->Identifier) ?? "";
            var language = FirstLanguage((byte*)voice->Languages);
            if (language is null || identifier.StartsWith("mb/", StringComparison.Ordinal) || !seen.Add(language))
            {
                continue;
            }

            var name = (Marshal.PtrToStringUTF8(voice->Name) ?? language).Replace('_', ' ');
            result.Add(new EspeakVoiceInfo(language, identifier, name));
        }

        return result;
    }

    /// <summary>The first name of a languages list: a priority byte, then a zero-terminated UTF-8 name.</summary>
    private static string? FirstLanguage(byte* languages)
    {
        if (languages == null || languages[0] == 0)
        {
            return null;
        }

        var name = Marshal.PtrToStringUTF8((IntPtr)(languages + 1));
        return string.IsNullOrWhiteSpace(name) || name == "variant" ? null : name.ToLowerInvariant();
    }
}

/// <summary>An eSpeak voice: its first language ("en-gb"), its file ("gmw/en") and its display name.</summary>
/// <remarks>
/// Voices are selected by file: espeak_SetVoiceByName accepts it for every voice, whereas a language name
/// works only where it happens to equal the file name (measured: "en-us" and "de" work, "en-gb" and
/// "fr-fr" do not).
/// </remarks>
internal sealed record EspeakVoiceInfo(string Language, string Identifier, string Description);
