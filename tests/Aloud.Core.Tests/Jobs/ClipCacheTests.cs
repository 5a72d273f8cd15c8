using Aloud.Jobs;
using Aloud.Speech;
using Aloud.Store.FileSystem;

namespace Aloud.Tests.Jobs;

public sealed class ClipCacheTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_clip_comes_back_with_its_samples_and_word_timings()
    {
        var cache = new ClipCache(new FileSystemBlobStore(_folder.Path));
        var clip = new Clip([0.1f, -0.5f, 0.25f], 16000, [new WordTiming(0, 0, 1.5), new WordTiming(1, 1.5, 3.25)]);

        await cache.PutAsync(new string('a', 64), clip);
        var back = await cache.GetAsync(new string('a', 64));

        Assert.Equal(clip.Samples, back!.Samples);
        Assert.Equal(16000, back.SampleRate);
        Assert.Equal(clip.Words, back.Words);
        Assert.Null(await cache.GetAsync(new string('b', 64)));
    }

    [Fact]
    public async Task A_damaged_entry_is_a_miss_not_an_error()
    {
        var blobs = new FileSystemBlobStore(_folder.Path);
        var cache = new ClipCache(blobs);
        var key = new string('c', 64);
        await cache.PutAsync(key, new Clip(new float[100], 16000, []));
        var path = Directory.GetFiles(_folder.Path, "*.clip", SearchOption.AllDirectories).Single();
        await File.WriteAllBytesAsync(path, (await File.ReadAllBytesAsync(path))[..50]);

        Assert.Null(await cache.GetAsync(key));
    }

    [Fact]
    public void The_key_changes_with_the_words_the_phones_the_voice_and_the_rate_only()
    {
        var voice = new Voice("rms", "flite", "rms", "en-US", 16000, "test");
        var sentence = new SpeechSentence([new SpeechWord("hello"), new SpeechWord("world")]);
        var key = CachingSpeechEngine.KeyOf(sentence, voice, new SynthesisOptions());

        Assert.Equal(key, CachingSpeechEngine.KeyOf(new SpeechSentence([new SpeechWord("hello"), new SpeechWord("world")]), voice, new SynthesisOptions()));
        Assert.NotEqual(key, CachingSpeechEngine.KeyOf(new SpeechSentence([new SpeechWord("hello"), new SpeechWord("there")]), voice, new SynthesisOptions()));
        Assert.NotEqual(key, CachingSpeechEngine.KeyOf(sentence with { Terminator = '?' }, voice, new SynthesisOptions()));
        Assert.NotEqual(key, CachingSpeechEngine.KeyOf(sentence, voice with { Id = "slt" }, new SynthesisOptions()));
        Assert.NotEqual(key, CachingSpeechEngine.KeyOf(sentence, voice with { Revision = "1234.5678-910.1112" }, new SynthesisOptions()));
        Assert.NotEqual(key, CachingSpeechEngine.KeyOf(sentence, voice, new SynthesisOptions(1.2)));
        var phones = Aloud.Speech.Phonemes.Pronunciation.ParseWords("hɛˈloʊ", "ipa")[0];
        Assert.NotEqual(key, CachingSpeechEngine.KeyOf(new SpeechSentence([new SpeechWord("hello") { Pronunciation = phones }, new SpeechWord("world")]), voice, new SynthesisOptions()));
    }

    [Fact]
    public async Task Pruning_removes_the_oldest_entries_down_to_the_budget()
    {
        var cache = new ClipCache(new FileSystemBlobStore(_folder.Path));
        var keys = Enumerable.Range(0, 4).Select(i => $"{i:x2}" + new string('e', 62)).ToList();
        foreach (var (key, i) in keys.Select((k, i) => (k, i)))
        {
            await cache.PutAsync(key, new Clip(new float[1000], 16000, []));
            var file = Directory.GetFiles(_folder.Path, key + ".clip", SearchOption.AllDirectories).Single();
            File.SetLastWriteTimeUtc(file, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(i));
        }
        var size = new FileInfo(Directory.GetFiles(_folder.Path, "*.clip", SearchOption.AllDirectories)[0]).Length;

        var (entries, bytes) = await cache.PruneAsync(2 * size);

        Assert.Equal((2, 2 * size), (entries, bytes));
        Assert.Null(await cache.GetAsync(keys[0]));
        Assert.Null(await cache.GetAsync(keys[1]));
        Assert.NotNull(await cache.GetAsync(keys[2]));
        Assert.NotNull(await cache.GetAsync(keys[3]));
    }

    [Fact]
    public void Behind_the_cache_the_engines_spelling_rule_still_answers()
    {
        var flite = new Aloud.Speech.Flite.FliteEngine();
        var rms = flite.Voices.Single(v => v.Id == "rms");
        var cached = new CachingSpeechEngine(flite, new ClipCache(new FileSystemBlobStore(_folder.Path)));

        Assert.True(cached.WouldSpell("McShane", rms));
        Assert.False(cached.WouldSpell("harbour", rms));
    }
}
