using System.Security.Cryptography;
using System.Text;
using Aloud.Speech;

namespace Aloud.Jobs;

/// <summary>
/// A speech engine that asks the <see cref="ClipCache"/> first. The key is the sentence exactly as the engine
/// gets it (words, breaks, phones from the lexicon, terminator), the voice (with its files' revision, for a voice
/// replaced under the same id) and the options: a lexicon change that alters a sentence's words or phones changes
/// its key, and nothing else does.
/// </summary>
public sealed class CachingSpeechEngine(ISpeechEngine inner, ClipCache cache, ServiceMetrics? metrics = null) : ISpeechEngine, ISpellingProbe
{
    private long _syntheses;
    private long _hits;

    public string Name => inner.Name;
    public IReadOnlyList<Voice> Voices => inner.Voices;
    public int MaxParallelism => inner.MaxParallelism;

    /// <summary>Sentences this engine had to synthesise (cache misses).</summary>
    public long Syntheses => Interlocked.Read(ref _syntheses);

    /// <summary>Sentences served from the cache.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    public Clip Synthesize(SpeechSentence sentence, Voice voice, SynthesisOptions options)
    {
        var key = KeyOf(sentence, voice, options);
        // The engines are synchronous; so is the cache here (a local file read), called from the narrator's threads.
        if (cache.GetAsync(key).GetAwaiter().GetResult() is { } cached)
        {
            Interlocked.Increment(ref _hits);
            metrics?.CacheHit();
            return cached;
        }
        var clip = inner.Synthesize(sentence, voice, options);
        Interlocked.Increment(ref _syntheses);
        metrics?.CacheMiss();
        cache.PutAsync(key, clip).GetAwaiter().GetResult();
        return clip;
    }

    /// <summary>The inner engine's answer, so names it would spell are respelled behind the cache too; never, without one.</summary>
    public bool WouldSpell(string word, Voice voice) => inner is ISpellingProbe probe && probe.WouldSpell(word, voice);

    /// <summary>SHA-256 of everything that shapes the audio of one sentence.</summary>
    public static string KeyOf(SpeechSentence sentence, Voice voice, SynthesisOptions options)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(voice);
        ArgumentNullException.ThrowIfNull(options);
        var text = new StringBuilder().Append(voice.Engine).Append('|').Append(voice.Id);
        if (voice.Revision.Length > 0)
        {
            // Only when there is one, so the keys of the packaged voices' clips stay what they were.
            text.Append('@').Append(voice.Revision);
        }
        text.Append('|').Append(options.Rate.ToString("R", System.Globalization.CultureInfo.InvariantCulture))
            .Append('|').Append(sentence.Terminator);
        foreach (var word in sentence.Words)
        {
            text.Append('\u001e').Append(word.Text).Append('\u001f').Append((int)word.BreakAfter).Append('\u001f').Append(word.Pronunciation?.Text);
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The inner engine belongs to whoever made it.</summary>
    public void Dispose()
    {
    }
}
