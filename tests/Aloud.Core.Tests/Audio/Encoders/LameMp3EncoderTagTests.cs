using System.Text;
using Aloud.Audio;
using Aloud.Audio.Encoders;
using Aloud.Audio.Encoders.Tags;
using NLayer;

namespace Aloud.Tests.Audio.Encoders;

public class LameMp3EncoderTagTests
{
    [Fact]
    public void TaggedFileStartsWithAnId3v24TagCarryingTheArticleAndTheMark()
    {
        byte[] mp3 = Encode(TestSignals.Sine(440, 0.3, 1, 22050), TestTags.Article);

        List<Id3Reader.Id3Frame> frames = Id3Reader.Frames(mp3);
        string Text(string id) => Assert.Single(frames, f => f.Id == id).Text;
        Assert.Equal(TestTags.Title, Text("TIT2"));
        Assert.Equal("The Daily Example", Text("TPE1"));
        Assert.Equal("Example News", Text("TALB"));
        Assert.Equal("2026-12-06", Text("TDRC"));
        Assert.Equal("Aloud", Text("TENC"));
        Assert.StartsWith("LAME 3.", Text("TSSE"));
        // URL frames have no encoding byte: the body is the ASCII address.
        Assert.Equal(TestTags.Article.ArticleUrl, Encoding.ASCII.GetString(Assert.Single(frames, f => f.Id == "WOAS").Body));
        Assert.Equal("rms", Id3Reader.UserText(frames, TagNames.Voice));
        Assert.Equal("synthetic-speech; generator=Aloud; voice=rms", Id3Reader.UserText(frames, TagNames.SyntheticSpeech));
        byte[] comment = Assert.Single(frames, f => f.Id == "COMM").Body;
        Assert.Equal("\u0003eng\0synthetic-speech; generator=Aloud; voice=rms", Encoding.UTF8.GetString(comment));
    }

    [Theory]
    [InlineData(16000)]
    [InlineData(22050)]
    public void TagLeavesTheXingFrameFirstAndTheDurationExact(int sampleRate)
    {
        AudioBuffer tone = TestSignals.Sine(440, 0.3, 2.345, sampleRate);
        byte[] plain = Encode(tone, null);
        byte[] tagged = Encode(tone, TestTags.Article);

        int tagLength = Id3Reader.TagLength(tagged);
        Assert.True(tagLength > 100);
        // Everything after the tag is the untagged file, byte for byte: the Xing/LAME frame included.
        Assert.Equal(plain, tagged.AsSpan(tagLength).ToArray());

        List<Mp3Inspector.Frame> frames = Mp3Inspector.Frames(tagged);
        Assert.Equal(tagLength, frames[0].Offset);
        var (delay, padding, frameCount) = Assert.NotNull(Mp3Inspector.LameTag(tagged, frames[0]));
        Assert.Equal(frames.Count - 1, frameCount);
        Assert.Equal((frames.Count - 1) * frames[0].SamplesPerFrame, delay + tone.Samples.Length + padding);

        // NLayer skips the ID3v2 tag, reads the Xing frame after it and trims to the exact input length.
        using var file = new MpegFile(new MemoryStream(tagged));
        var buffer = new float[4096];
        long decoded = 0;
        int read;
        while ((read = file.ReadSamples(buffer, 0, buffer.Length)) > 0)
        {
            decoded += read;
        }

        Assert.Equal(tone.Samples.Length, decoded);
    }

    [Fact]
    public void AnAddressWithNonAsciiCharactersIsWrittenEscaped()
    {
        byte[] mp3 = Encode(TestSignals.Sine(440, 0.3, 0.2, 16000), new AudioTags { ArticleUrl = "https://news.example/café" });

        byte[] woas = Assert.Single(Id3Reader.Frames(mp3), f => f.Id == "WOAS").Body;
        Assert.Equal("https://news.example/caf%C3%A9", Encoding.ASCII.GetString(woas));
    }

    private static byte[] Encode(AudioBuffer audio, AudioTags? tags)
    {
        var output = new MemoryStream();
        new LameMp3Encoder().Encode(audio, output, tags);
        return output.ToArray();
    }
}
