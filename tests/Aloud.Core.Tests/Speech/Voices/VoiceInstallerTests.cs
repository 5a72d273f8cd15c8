using System.Security.Cryptography;
using Aloud.Ingest;
using Aloud.Speech;
using Aloud.Speech.Voices;
using Aloud.Tests.Ingest;
using Aloud.Tests.Speech.Piper;

namespace Aloud.Tests.Speech.Voices;

/// <summary>Installing Piper voices from a folder, a file pair and a local HTTP server; twice; broken; truncated.</summary>
[Collection(Aloud.Tests.Speech.NeuralRuntimeCollection.Name)]
public sealed class VoiceInstallerTests
{
    private static readonly SafeFetchOptions Local = VoiceInstaller.DownloadDefaults with { AllowPrivateHosts = true, Timeout = TimeSpan.FromSeconds(20) };

    private static (VoiceCatalogue Catalogue, VoiceInstaller Installer) Empty()
    {
        var catalogue = new VoiceCatalogue(TinyVoices.Temp("catalogue"));
        return (catalogue, new VoiceInstaller(catalogue, Local));
    }

    [Fact]
    public async Task FolderInstallsEveryPairAsPiperNameAndListsIt()
    {
        var source = TinyVoices.Temp("source");
        TinyVoices.Pair(source, "alpha", "wave");
        TinyVoices.Pair(source, "beta", "echo", TinyVoices.Config(16000));
        File.WriteAllText(Path.Combine(source, "README"), "not a voice");
        var (catalogue, installer) = Empty();

        var installed = await installer.InstallAsync(source);

        Assert.Equal(["piper:alpha", "piper:beta"], installed.Select(i => i.Voice.Id));
        Assert.All(installed, i => Assert.Equal(InstallOutcome.Installed, i.Outcome));
        var listed = catalogue.Installed();
        Assert.Equal(["piper:alpha", "piper:beta"], listed.Select(v => v.Id));
        Assert.Equal(16000, listed[1].ToVoice().SampleRate);
        Assert.Equal("en-US", listed[0].ToVoice().Language);
        Assert.Empty(catalogue.Problems());
        var engines = new SpeechEngines(catalogue: catalogue);
        Assert.Contains(engines.Voices, v => v.Id == "piper:alpha" && v.Engine == "piper");
        Assert.Equal("piper", engines.Resolve("piper:alpha").Engine.Name);
    }

    [Theory]
    [InlineData(".onnx")]
    [InlineData(".onnx.json")]
    public async Task EitherFileOfAPairInstallsThePair(string named)
    {
        var source = TinyVoices.Pair(TinyVoices.Temp("source"), "gamma", "wave");
        var (catalogue, installer) = Empty();
        await installer.InstallAsync(Path.Combine(source, "gamma" + named));
        Assert.NotNull(catalogue.Find("piper:gamma"));
    }

    [Fact]
    public async Task InstallingTheSameVoiceTwiceChangesNothingAndOtherFilesNeedForce()
    {
        var source = TinyVoices.Pair(TinyVoices.Temp("source"), "delta", "wave");
        var (catalogue, installer) = Empty();
        await installer.InstallAsync(source);

        var again = await installer.InstallAsync(source);
        Assert.Equal(InstallOutcome.AlreadyInstalled, again.Single().Outcome);
        var revision = catalogue.Find("piper:delta")!.ToVoice().Revision;
        Assert.NotEmpty(revision);

        TinyVoices.Pair(source, "delta", "wave", TinyVoices.Config(16000));
        var error = await Assert.ThrowsAsync<AloudInputException>(() => installer.InstallAsync(source));
        Assert.Contains("already installed with other files", error.Message, StringComparison.Ordinal);
        Assert.Equal(22050, catalogue.Find("piper:delta")!.Config.SampleRate);

        var replaced = await installer.InstallAsync(source, replace: true);
        Assert.Equal(InstallOutcome.Replaced, replaced.Single().Outcome);
        Assert.Equal(16000, catalogue.Find("piper:delta")!.Config.SampleRate);
        Assert.NotEqual(revision, catalogue.Find("piper:delta")!.ToVoice().Revision); // cached clips and loaded models of the old files no longer apply
        Assert.Single(Directory.GetDirectories(Path.Combine(catalogue.Folder, "piper"))); // no staging left behind
    }

    [Fact]
    public async Task AVoiceReplacedWhileTheEngineRunsIsHeardFromItsNewFiles()
    {
        var source = TinyVoices.Pair(TinyVoices.Temp("source"), "epsilon", "wave");
        var (catalogue, installer) = Empty();
        await installer.InstallAsync(source);
        using var engine = new Aloud.Speech.Piper.PiperEngine(catalogue);
        var sentence = new SpeechSentence([new SpeechWord("hello")]);
        Assert.Equal(22050, engine.Synthesize(sentence, engine.Resolve("piper:epsilon"), new SynthesisOptions()).SampleRate);

        TinyVoices.Pair(source, "epsilon", "wave", TinyVoices.Config(16000));
        await installer.InstallAsync(source, replace: true);

        // The model loaded from the old files is not used for the new ones.
        Assert.Equal(16000, engine.Synthesize(sentence, engine.Resolve("piper:epsilon"), new SynthesisOptions()).SampleRate);
    }

    [Fact]
    public async Task ModelThatIsNotAPiperVoiceIsRefusedAndNothingIsInstalled()
    {
        var source = TinyVoices.Pair(TinyVoices.Temp("source"), "broken", "extra-input");
        var (catalogue, installer) = Empty();
        var error = await Assert.ThrowsAsync<AloudInputException>(() => installer.InstallAsync(source));
        Assert.Contains("'foo'", error.Message, StringComparison.Ordinal);
        Assert.Empty(catalogue.Installed());
        Assert.Empty(Directory.GetDirectories(Path.Combine(catalogue.Folder, "piper")));
    }

    [Theory]
    [InlineData("missing-folder", "does not exist")]
    [InlineData("empty-folder", "holds no Piper voice")]
    [InlineData("lonely-model", "pair of files")]
    public async Task BadSourcesSayWhatAVoiceIs(string kind, string message)
    {
        var dir = TinyVoices.Temp("source");
        var source = kind switch
        {
            "missing-folder" => Path.Combine(dir, "nothing-here"),
            "empty-folder" => dir,
            _ => Path.Combine(dir, "lonely.onnx"),
        };
        if (kind == "lonely-model")
        {
            File.Copy(TinyVoices.Model("wave"), source);
        }

        var (_, installer) = Empty();
        var error = await Assert.ThrowsAsync<AloudInputException>(() => installer.InstallAsync(source));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UrlDownloadsTheModelAndItsConfigAndChecksTheChecksum()
    {
        var model = File.ReadAllBytes(TinyVoices.Model("wave"));
        await using var server = Serve(model, model.Length);
        var (catalogue, installer) = Empty();
        var sha = Convert.ToHexStringLower(SHA256.HashData(model));

        var installed = await installer.InstallAsync(server.Url("/voices/en/epsilon.onnx").ToString(), sha);

        Assert.Equal("piper:epsilon", installed.Single().Voice.Id);
        Assert.Equal(model, File.ReadAllBytes(catalogue.Find("piper:epsilon")!.ModelPath));
    }

    [Fact]
    public async Task ChecksumMismatchInstallsNothing()
    {
        var model = File.ReadAllBytes(TinyVoices.Model("wave"));
        await using var server = Serve(model, model.Length);
        var (catalogue, installer) = Empty();
        var error = await Assert.ThrowsAsync<AloudInputException>(() => installer.InstallAsync(server.Url("/voices/en/epsilon.onnx").ToString(), new string('0', 64)));
        Assert.Contains("checksum mismatch", error.Message, StringComparison.Ordinal);
        Assert.Empty(catalogue.Installed());
        Assert.Empty(Directory.GetDirectories(Path.Combine(catalogue.Folder, "piper")));
    }

    [Fact]
    public async Task TruncatedDownloadInstallsNothing()
    {
        var model = File.ReadAllBytes(TinyVoices.Model("wave"));
        // The server promises the whole model and closes after half of it.
        await using var server = Serve(model[..(model.Length / 2)], model.Length);
        var (catalogue, installer) = Empty();
        var error = await Assert.ThrowsAsync<AloudInputException>(() => installer.InstallAsync(server.Url("/voices/en/epsilon.onnx").ToString()));
        Assert.Contains("epsilon.onnx", error.Message, StringComparison.Ordinal);
        Assert.Empty(catalogue.Installed());
    }

    [Fact]
    public void RemoveDeletesTheVoiceAndSaysWhenThereIsNone()
    {
        var catalogue = TinyVoices.Catalogue(("zeta", "wave", null));
        Assert.True(catalogue.Remove("piper:zeta"));
        Assert.Null(catalogue.Find("piper:zeta"));
        Assert.False(catalogue.Remove("piper:zeta"));
        Assert.False(catalogue.Remove("piper:../../etc"));
    }

    [Fact]
    public void BrokenVoiceFolderIsReportedNotListed()
    {
        var catalogue = TinyVoices.Catalogue(("good", "wave", null), ("bad", "wave", "{ not json"));
        Assert.Equal(["piper:good"], catalogue.Installed().Select(v => v.Id));
        Assert.Contains(catalogue.Problems(), p => p.Contains("bad.onnx.json", StringComparison.Ordinal));
    }

    private static LocalHttpServer Serve(byte[] model, int declaredLength) => new(path => path switch
    {
        "/voices/en/epsilon.onnx.json" => new CannedResponse(200, TinyVoices.Config(), ["Content-Type: application/json"]),
        "/voices/en/epsilon.onnx" => new CannedResponse(200, Headers: ["Content-Type: application/octet-stream", $"Content-Length: {declaredLength}"], SendLength: false, Bytes: model),
        _ => new CannedResponse(404, "not found"),
    });
}
