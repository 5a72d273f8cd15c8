using Aloud.Audio.Encoders.Lame;
using Aloud.Audio.Encoders.Tags;

namespace Aloud.Audio.Encoders;

/// <summary>
/// Mono VBR MP3 through Debian's libmp3lame. The audio starts with a Xing/LAME tag frame, so players know
/// the exact duration and the encoder delay/padding to trim for gapless playback. With tags, an ID3v2.4 tag
/// comes first and the Xing frame directly after it, where players look for it.
/// </summary>
/// <param name="vbrQuality">LAME VBR quality, 0 (best) to 9.999; 6.5 gives roughly 40-64 kbps for mono speech.</param>
/// <param name="maxBitrateKbps">Upper bound on any single frame's bitrate, so sibilant bursts stay cheap.</param>
public sealed class LameMp3Encoder(float vbrQuality = 6.5f, int maxBitrateKbps = 96) : IAudioEncoder
{
    /// <inheritdoc />
    public AudioFormat Format => AudioFormat.Mp3;

    /// <inheritdoc />
    public void Encode(AudioBuffer audio, Stream output) => Encode(audio, output, null);

    /// <inheritdoc />
    public void Encode(AudioBuffer audio, Stream output, AudioTags? tags)
    {
        ArgumentNullException.ThrowIfNull(audio);
        ArgumentNullException.ThrowIfNull(output);

        using LameSession lame = LameSession.Open(audio.SampleRate, gfp =>
        {
            LameNative.SetVbr(gfp, LameNative.VbrMtrh);
            LameNative.SetVbrQuality(gfp, vbrQuality);
            LameNative.SetVbrMaxBitrateKbps(gfp, maxBitrateKbps);
            LameNative.SetWriteVbrTag(gfp, 1);
        });

        // The tag frame is only final after the flush, but it must sit at the start of the audio: encode into
        // memory and patch it in, so the output stream need not be seekable. The ID3v2 tag goes in front of it;
        // LAME's byte counts cover the MPEG frames only, as readers expect, so they need no change.
        var mp3 = new MemoryStream();
        if (tags is not null)
        {
            mp3.Write(Id3v2Tag.Build(tags, $"{LameSession.Version} VBR V{vbrQuality:0.###}"));
        }

        int audioStart = (int)mp3.Length;
        lame.Encode(audio.Samples, mp3);
        lame.Flush(mp3);
        byte[] file = mp3.GetBuffer();
        lame.WriteLameTag(file, audioStart, (int)mp3.Length);
        output.Write(file, 0, (int)mp3.Length);
    }
}
