using Aloud.Speech;
using Aloud.Speech.Piper;

namespace Aloud.Tests.Speech.Piper;

/// <summary>A model is checked against Piper's signature when it loads, with a message that says what is wrong.</summary>
[Collection(Aloud.Tests.Speech.NeuralRuntimeCollection.Name)]
public sealed class PiperModelTests
{
    private static readonly PiperConfig Config = PiperConfig.Parse(TinyVoices.Config(), "test");

    [Theory]
    [InlineData("no-lengths", "no input 'input_lengths'")]
    [InlineData("extra-input", "needs an input 'foo'")]
    [InlineData("int-output", "first output must be the audio")]
    public void ModelThatIsNotAPiperVoiceIsRefusedAtLoad(string model, string message)
    {
        var error = Assert.Throws<VoiceFileException>(() => PiperModel.Load(TinyVoices.Model(model), Config, 1));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void SeveralSpeakersNeedASpeakerInput()
    {
        var config = PiperConfig.Parse(TinyVoices.Config(edit: c => c["num_speakers"] = 4), "test");
        var error = Assert.Throws<VoiceFileException>(() => PiperModel.Load(TinyVoices.Model("echo"), config, 1));
        Assert.Contains("4 speakers", error.Message, StringComparison.Ordinal);
        Assert.Contains("'sid'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileThatIsNotOnnxIsRefusedWithItsName()
    {
        var path = Path.Combine(TinyVoices.Temp("not-onnx"), "broken.onnx");
        File.WriteAllBytes(path, File.ReadAllBytes(TinyVoices.Model("wave")).Take(300).ToArray());
        var error = Assert.Throws<VoiceFileException>(() => PiperModel.Load(path, Config, 1));
        Assert.Contains("broken.onnx", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a model ONNX Runtime can load", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InputsAreFedOnlyWhenTheModelHasThem()
    {
        using var bare = PiperModel.Load(TinyVoices.Model("echo-bare"), Config, 1);
        Assert.False(bare.HasScales);
        Assert.False(bare.HasSpeaker);
        using var full = PiperModel.Load(TinyVoices.Model("echo-sid"), Config, 1);
        Assert.True(full.HasScales);
        Assert.True(full.HasSpeaker);
        Assert.False(full.HasDurations);
        using var timed = PiperModel.Load(TinyVoices.Model("durations"), Config, 1);
        Assert.True(timed.HasDurations);
    }
}
