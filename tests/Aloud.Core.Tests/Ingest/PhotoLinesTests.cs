using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

public class PhotoLinesTests
{
    [Theory]
    [InlineData("Warga memasang jembatan bambu di Dusun Cikalong. (Foto: Dedi Kurniawan/Suara Priangan)")]
    [InlineData("Foto: Lina Berg")]
    [InlineData("Mangsa banjir di pusat pemindahan sementara. - Foto BPT")]
    [InlineData("Penduduk membersihkan rumah selepas air surut. – Gambar Bernama")]
    [InlineData("Barnen firade med tårta på skolgården. Foto: Lina Berg")]
    [InlineData("新建的河滨步道全长三公里。记者 王明 摄")]
    [InlineData("Photo: Dana Whitlock, Harbor Press")]
    [InlineData("Image credit: Lighthouse Trust")]
    [InlineData("(Picture: Coastal Archive)")]
    [InlineData("Photograph by Elin Marsh")]
    [InlineData("Photographs by Elin Marsh / Harbor Press")]
    [InlineData("Photographs by Elin Marsh for Harbor Review")]
    [InlineData("Gulls circle the trawler as it docks at first light (Image: Coastal Archive )")]
    public void Credits_and_captions_ending_in_a_credit_are_photo_lines(string text) =>
        Assert.True(PhotoLines.IsPhotoCaption(text));

    [Theory]
    [InlineData("He smiled. - Photo sessions resume next spring at the community hall, the organisers said on Tuesday.")]
    [InlineData("The photo: a grainy shot of the pier that nobody could date.")]
    [InlineData("Photography classes resume in spring, the council said on Tuesday.")]
    [InlineData("Photographs by local children will hang in the library until June.")]
    [InlineData("Image: this is a long sentence that goes on well past any credit line a photo desk would ever write, mentioning the pier and the gulls.")]
    public void Story_sentences_are_not_photo_lines(string text) =>
        Assert.False(PhotoLines.IsPhotoCaption(text));

    [Theory]
    [InlineData("Caption")]
    [InlineData("Close")]
    [InlineData("Enlarge this image")]
    [InlineData("Toggle caption")]
    public void Gallery_control_labels_are_recognised(string text) => Assert.True(PhotoLines.IsControlLabel(text));

    [Theory]
    [InlineData("Close to midnight, the ferry left.")]
    [InlineData("Next year")]
    public void Words_that_start_a_sentence_are_not_control_labels(string text) => Assert.False(PhotoLines.IsControlLabel(text));

    [Fact]
    public void The_extractor_drops_stray_credits_unless_captions_are_asked_for()
    {
        const string prose = "The pier reopened after the storm, and the fishmongers were back at their stalls by noon.";
        var html = $"<html><body><article><p>{prose}</p><p>Photo: Dana Whitlock, Harbor Press</p><p>Close</p></article></body></html>";
        Assert.Equal([prose], HtmlArticleExtractor.Extract(html).Blocks.Select(b => b.Text));
        var withCaptions = HtmlArticleExtractor.Extract(html, null, ExtractionOptions.Default with { IncludeCaptions = true }).Blocks;
        Assert.Equal(BlockKind.Caption, withCaptions[1].Kind);
        Assert.Equal(2, withCaptions.Count);
    }
}
