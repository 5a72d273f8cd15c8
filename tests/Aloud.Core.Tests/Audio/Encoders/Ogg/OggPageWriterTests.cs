using Aloud.Audio.Encoders.Ogg;

namespace Aloud.Tests.Audio.Encoders.Ogg;

public class OggPageWriterTests
{
    [Fact]
    public void PacketsLongerThanAPageAreContinuedAndReassembled()
    {
        var output = new MemoryStream();
        var writer = new OggPageWriter(output, serialNumber: 1234);
        byte[] small = [1, 2, 3];
        byte[] exact = Enumerable.Range(0, 255).Select(i => (byte)i).ToArray(); // needs a trailing 0 lace
        byte[] huge = Enumerable.Range(0, 140_000).Select(i => (byte)(i * 7)).ToArray(); // over two pages

        writer.WritePacket(small, 10);
        writer.WritePacket(exact, 20);
        writer.WritePacket(huge, 30);
        writer.WritePacket(small, 40, endOfStream: true);

        List<OggPage> pages = OggReader.Pages(output.ToArray());
        var packets = OggReader.Packets(pages);

        Assert.All(pages, p => Assert.Equal(p.ComputedCrc, p.StoredCrc));
        Assert.All(pages, p => Assert.Equal(1234u, p.Serial));
        Assert.Equal([small, exact, huge, small], packets.Select(p => p.Data));
        Assert.Contains(pages, p => p.Continued);
        // A page on which no packet ends carries granule -1; the others, the granule of their last packet.
        Assert.Contains(pages, p => p.Granule == -1);
        Assert.Equal(40, pages[^1].Granule);
        Assert.True(pages[^1].EndOfStream);
        Assert.True(pages[0].BeginOfStream);
    }

    [Fact]
    public void FlushPageStartsANewPage()
    {
        var output = new MemoryStream();
        var writer = new OggPageWriter(output, serialNumber: 7);

        writer.WritePacket([1], 0);
        writer.FlushPage();
        writer.FlushPage(); // nothing pending: no empty page
        writer.WritePacket([2], 5, endOfStream: true);

        List<OggPage> pages = OggReader.Pages(output.ToArray());
        Assert.Equal(2, pages.Count);
        Assert.Equal(2u, writer.PagesWritten);
        Assert.Equal([1], pages[0].Body);
        Assert.Equal([2], pages[1].Body);
    }
}
