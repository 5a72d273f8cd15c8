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
    public void Encode(ISampleSource audio, Stream output) => Encode(audio, output, null);

    /// <inheritdoc />
    public void Encode(ISampleSource audio, Stream output, AudioTags? tags)
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

        // The tag frame is only final after the flush, but it must sit at the start of the audio: the file is
        // written, then the frame is written over its placeholder. An output that cannot seek gets the file
        // through a temporary file, so an hour of MP3 never waits in memory. The ID3v2 tag goes in front of the
        // frame; LAME's byte counts cover the MPEG frames only, as readers expect, so they need no change.
        if (!output.CanSeek)
        {
            using var file = new FileStream(
                Path.Combine(Path.GetTempPath(), $"aloud-{Environment.ProcessId}-{Guid.NewGuid():N}.mp3"),
                FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 65536, FileOptions.DeleteOnClose);
            Write(lame, audio, file, tags);
            file.Position = 0;
            file.CopyTo(output);
            return;
        }

        Write(lame, audio, output, tags);
    }

    private void Write(LameSession lame, ISampleSource audio, Stream output, AudioTags? tags)
    {
        if (tags is not null)
        {
            output.Write(Id3v2Tag.Build(tags, $"{LameSession.Version} VBR V{vbrQuality:0.###}"));
        }

        long audioStart = output.Position;
        SampleChunks.ForEach(audio, (chunk, count) => lame.Encode(chunk.AsSpan(0, count), output));
        lame.Flush(output);
        long end = output.Position;
        byte[] frame = lame.LameTagFrame();
        if (frame.Length > 0 && frame.Length <= end - audioStart)
        {
            output.Position = audioStart;
            output.Write(frame);
            output.Position = end;
        }
    }
}
