using Aloud.Narration;
using Aloud.Speech;
using Aloud.Speech.Voices;

namespace Aloud.Tests.Speech.Voices;

/// <summary>Per-voice default rate and pauses in the catalogue's defaults file.</summary>
public sealed class VoiceDefaultsFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "aloud-defaults-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Defaults_are_kept_per_voice_case_insensitively_and_an_empty_set_removes_them()
    {
        var file = new VoiceDefaultsFile(_folder);
        Assert.Equal(VoiceDefaults.None, file.For("rms"));

        file.Set("RMS", new VoiceDefaults(Rate: 1.1, SentencePauseMs: 350));
        file.Set("espeak:de", new VoiceDefaults(ParagraphPauseMs: 900));

        Assert.Equal(new VoiceDefaults(1.1, 350, null), new VoiceDefaultsFile(_folder).For("rms"));
        Assert.Equal(900, file.For("ESPEAK:DE").ParagraphPauseMs);
        Assert.Equal("rate 1.1, sentence pause 350 ms", file.For("rms").Describe());

        file.Set("rms", VoiceDefaults.None);
        Assert.Equal(VoiceDefaults.None, file.For("rms"));
        Assert.Equal(["espeak:de"], file.ReadAll().Keys);
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Theory]
    [InlineData(0.3, null)]
    [InlineData(2.5, null)]
    [InlineData(double.NaN, null)]
    [InlineData(null, -1.0)]
    [InlineData(null, 6000.0)]
    public void Values_out_of_range_are_refused_and_nothing_is_written(double? rate, double? pause)
    {
        var file = new VoiceDefaultsFile(_folder);
        var error = Assert.Throws<ArgumentException>(() => file.Set("rms", new VoiceDefaults(rate, pause)));
        Assert.Contains("must be between", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(file.Path));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"rms\": {\"rate\": 9}}")]
    [InlineData("[1, 2]")]
    public void A_broken_file_is_one_line_naming_it(string content)
    {
        Directory.CreateDirectory(_folder);
        var file = new VoiceDefaultsFile(_folder);
        File.WriteAllText(file.Path, content);
        var error = Assert.Throws<VoiceFileException>(() => file.For("rms"));
        Assert.StartsWith(file.Path, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_voices_pauses_replace_the_plans_keeping_a_questions_extra_room()
    {
        var plan = new PausePlan().WithVoiceDefaults(300, 1200);
        Assert.Equal(300, plan.Sentence);
        Assert.Equal(300 + (new PausePlan().SentenceEmphatic - new PausePlan().Sentence), plan.SentenceEmphatic);
        Assert.Equal(1200, plan.Paragraph);
        Assert.Equal(1200, plan.Section);
        Assert.Equal(new PausePlan(), new PausePlan().WithVoiceDefaults(null, null));
    }
}
