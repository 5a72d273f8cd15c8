using Aloud.Audio;
using Aloud.Audio.Encoders;
using Aloud.Tests.Audio.Encoders.Ogg;

namespace Aloud.Tests.Audio.Encoders;

public class OggOpusEncoderTagTests
{
    [Fact]
    public void OpusTagsCarryTheArticleAndTheMarkAsVorbisComments()
    {
        AudioBuffer tone = TestSignals.Sine(440, 0.3, 1.5, 16000);
        var output = new MemoryStream();

        new OggOpusEncoder().Encode(tone, output, TestTags.Article);
        List<OggPage> pages = OggReader.Pages(output.ToArray());
        var packets = OggReader.Packets(pages);

        Assert.Equal(1, packets[1].PageIndex); // OpusTags still ends its own page
        var (vendor, comments) = OpusTagsReader.Read(packets[1].Data);
        Assert.Equal("Aloud", vendor);
        Assert.Equal(
            [
                "TITLE=Café déjà vu — 東京",
                "ARTIST=The Daily Example",
                "ALBUM=Example News",
                "DATE=2026-12-06",
                "URL=https://news.example/2026/12/cafe-deja-vu?id=7",
                "VOICE=rms",
                "SYNTHETIC_SPEECH=synthetic-speech; generator=Aloud; voice=rms",
                "ENCODER=Aloud",
                "COMMENT=synthetic-speech; generator=Aloud; voice=rms",
            ],
            comments);

        // The audio is untouched by the longer header: the same playing time.
        int preSkip = BitConverter.ToUInt16(packets[0].Data, 10);
        Assert.InRange((pages[^1].Granule - preSkip) / 48000.0, tone.DurationSeconds - 0.001, tone.DurationSeconds + 0.001);
    }

    [Fact]
    public void NoTagsGiveAnEmptyCommentList()
    {
        var output = new MemoryStream();

        new OggOpusEncoder().Encode(TestSignals.Sine(440, 0.3, 0.5, 16000), output, null);

        Assert.Empty(OpusTagsReader.Read(OggReader.Packets(OggReader.Pages(output.ToArray()))[1].Data).Comments);
    }
}
