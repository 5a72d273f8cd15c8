using Aloud.Ingest;
using Aloud.Speech.Voices;
using Aloud.Tests.Speech.Piper;

namespace Aloud.Tests.Speech.Kokoro;

/// <summary>Installing a Kokoro model's voices into a catalogue: layout, listing, removal, and the refusals.</summary>
public sealed class KokoroInstallerTests
{
    [Fact]
    public void InstallsOneVoicePerStyleVectorEspeakCanPhonemiseListsAndRemovesThem()
    {
        var catalogue = new VoiceCatalogue(TinyVoices.Temp("kokoro-catalogue"));
        var source = TinyKokoro.Source();
        var result = new KokoroInstaller(catalogue).Install(source);

        Assert.Equal(["kokoro:af_tiny", "kokoro:bm_tiny"], result.Voices.Select(v => v.Voice.Id));
        Assert.All(result.Voices, v => Assert.Equal(InstallOutcome.Installed, v.Outcome));
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal("jf_tiny", skipped.Name);
        Assert.Contains("Japanese", skipped.Why, StringComparison.Ordinal);

        var folder = catalogue.KokoroFolder("kokoro-v1.0");
        Assert.True(File.Exists(Path.Combine(folder, "kokoro-v1.0.onnx")));
        Assert.True(File.Exists(Path.Combine(folder, "config.json")));
        Assert.True(File.Exists(Path.Combine(folder, "voices", "af_tiny.npy")));
        Assert.Equal(["af_tiny", "bm_tiny"], catalogue.InstalledKokoro().Select(v => v.Name));
        Assert.Empty(catalogue.Problems());
        Assert.Empty(Directory.GetDirectories(Path.Combine(catalogue.Folder, "kokoro"), ".*")); // no staging left

        Assert.All(new KokoroInstaller(catalogue).Install(source).Voices, v => Assert.Equal(InstallOutcome.AlreadyInstalled, v.Outcome));

        Assert.True(catalogue.Remove("kokoro:af_tiny"));
        Assert.Equal(["bm_tiny"], catalogue.InstalledKokoro().Select(v => v.Name));
        Assert.True(File.Exists(Path.Combine(folder, "kokoro-v1.0.onnx")));
        Assert.Equal(InstallOutcome.Installed, new KokoroInstaller(catalogue).Install(source).Voices.Single(v => v.Voice.Name == "af_tiny").Outcome);
        Assert.True(catalogue.Remove("kokoro:AF_TINY"));
        Assert.True(catalogue.Remove("kokoro:bm_tiny"));
        Assert.False(Directory.Exists(folder)); // the model goes with its last voice
        Assert.False(catalogue.Remove("kokoro:bm_tiny"));
    }

    [Theory]
    [InlineData("kokoro-no-style", "voices.npz", "has no input 'style'")]
    [InlineData("kokoro-int-speed", "voices.npz", "input 'speed' is Int32")]
    [InlineData("kokoro-int-output", "voices.npz", "first output must be the audio as floats")]
    [InlineData("wave", "voices.npz", "no 'tokens' (or 'input_ids') input")]
    [InlineData("kokoro-wave", "bad-size.npz", "[510, 1, 128], a Kokoro voice's is [rows, 1, 256]")]
    [InlineData("kokoro-wave", "bad-cut.npz", "cut short")]
    [InlineData("kokoro-wave", "bad-float64.npz", "only little-endian float32")]
    public void BrokenModelOrVoicesFileInstallsNothingAndSaysWhy(string model, string voices, string reason)
    {
        var catalogue = new VoiceCatalogue(TinyVoices.Temp("kokoro-catalogue"));
        var error = Assert.Throws<AloudInputException>(() => new KokoroInstaller(catalogue).Install(TinyKokoro.Source(model, voices)));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Empty(catalogue.InstalledKokoro());
        var kokoro = Path.Combine(catalogue.Folder, "kokoro");
        Assert.True(!Directory.Exists(kokoro) || Directory.GetDirectories(kokoro).Length == 0); // staging removed too
    }

    [Fact]
    public void TruncatedModelAndBadFoldersAreRefused()
    {
        var catalogue = new VoiceCatalogue(TinyVoices.Temp("kokoro-catalogue"));
        var installer = new KokoroInstaller(catalogue);
        var cut = TinyKokoro.Source();
        var model = Path.Combine(cut, "kokoro-v1.0.onnx");
        File.WriteAllBytes(model, File.ReadAllBytes(model)[..100]);
        Assert.Contains("not a model ONNX Runtime can load", Assert.Throws<AloudInputException>(() => installer.Install(cut)).Message, StringComparison.Ordinal);

        var two = TinyKokoro.Source();
        File.Copy(TinyKokoro.File("kokoro-echo.onnx"), Path.Combine(two, "other.onnx"));
        Assert.Contains("holds 2 Kokoro model (.onnx)s", Assert.Throws<AloudInputException>(() => installer.Install(two)).Message, StringComparison.Ordinal);

        var noVoices = TinyKokoro.Source();
        File.Delete(Path.Combine(noVoices, "voices-v1.0.bin"));
        Assert.Contains("no Kokoro voices file", Assert.Throws<AloudInputException>(() => installer.Install(noVoices)).Message, StringComparison.Ordinal);

        Assert.False(KokoroInstaller.Holds(TinyVoices.Pair(TinyVoices.Temp("piper"), "p", "wave")));
        Assert.True(KokoroInstaller.Holds(TinyKokoro.Source()));
    }

    [Fact]
    public void AVoiceAnotherModelHasIsRefusedAndOtherFilesUnderTheSameModelNeedForce()
    {
        var catalogue = TinyKokoro.Catalogue();
        var installer = new KokoroInstaller(catalogue);
        var error = Assert.Throws<AloudInputException>(() => installer.Install(TinyKokoro.Source(modelName: "other-model")));
        Assert.Contains("kokoro:af_tiny is installed already from the model kokoro-v1.0", error.Message, StringComparison.Ordinal);

        var changed = TinyKokoro.Source("kokoro-echo");
        Assert.Contains("--force", Assert.Throws<AloudInputException>(() => installer.Install(changed)).Message, StringComparison.Ordinal);
        Assert.All(installer.Install(changed, replace: true).Voices, v => Assert.Equal(InstallOutcome.Replaced, v.Outcome));
    }
}
