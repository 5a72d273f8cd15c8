using Aloud.Audio.Encoders.Lame;
using Aloud.Audio.Encoders.Tags;

namespace Aloud.Audio.Encoders.Streaming;

/// <summary>
/// Constant-bitrate MP3 for streams. A VBR file needs its Xing frame (written once the length is known) for
/// players to show a duration and seek; a stream has no such moment, and with CBR a player can estimate both
/// from the byte count alone. The ID3v2 tag, when there are tags, leads the stream. LAME keeps about one frame
/// (plus its lookahead) back from each write until the next one or Finish.
/// </summary>
internal sealed class Mp3StreamEncoder : StreamEncoder
{
    /// <summary>48 kbps: clear mono speech at the 16-24 kHz rates our voices use, ~21 MB per hour.</summary>
    public const int BitrateKbps = 48;

    private readonly LameSession _lame;

    public Mp3StreamEncoder(int sampleRate, Stream output, AudioTags? tags)
        : base(output)
    {
        _lame = LameSession.Open(sampleRate, gfp =>
        {
            LameNative.SetVbr(gfp, LameNative.VbrOff);
            LameNative.SetBitrateKbps(gfp, BitrateKbps);
            LameNative.SetWriteVbrTag(gfp, 0); // no Xing frame: it could never be filled in
        });

        try
        {
            if (tags is not null)
            {
                Output.Write(Id3v2Tag.Build(tags, $"{LameSession.Version} CBR {BitrateKbps} kbps"));
            }

            Output.Flush();
        }
        catch
        {
            _lame.Dispose();
            throw;
        }
    }

    protected override void Encode(ReadOnlySpan<float> samples) => _lame.Encode(samples, Output);

    protected override void End() => _lame.Flush(Output);

    protected override void Release() => _lame.Dispose();
}
