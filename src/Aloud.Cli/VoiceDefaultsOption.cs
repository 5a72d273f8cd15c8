using Aloud.Speech;
using Aloud.Speech.Voices;

namespace Aloud.Cli;

/// <summary>A voice's own defaults (<c>aloud voices set</c>), from the catalogue's defaults file.</summary>
internal static class VoiceDefaultsOption
{
    /// <summary>The defaults of <paramref name="voice"/>; a broken defaults file is a one-line error.</summary>
    public static VoiceDefaults For(SpeechEngines engines, Voice voice)
    {
        try
        {
            return new VoiceDefaultsFile(engines.Catalogue.Folder).For(voice.Id);
        }
        catch (VoiceFileException error)
        {
            throw new UsageException(error.Message);
        }
    }
}
