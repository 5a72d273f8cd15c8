using Aloud.Speech;

namespace Aloud.Tests.Speech;

/// <summary>Sentences and checks shared by the engine tests.</summary>
internal static class SpeechAssert
{
    /// <summary>21 ordinary words with one comma, the kind of sentence an article is made of.</summary>
    public static readonly SpeechSentence Ordinary = Sentence(
        "The committee met at noon on Tuesday, and after a long debate it voted to rebuild the old harbour wall before winter");

    /// <summary>Words that engines split or shorten: hyphens, contractions, possessives.</summary>
    public static readonly SpeechSentence Tricky = Sentence(
        "On the thirty-seventh day, I'm told the Women's league met and the mayor's deputy didn't object");

    /// <summary>Text that would mean something to an SSML or HTML reader, and must only be read out.</summary>
    public static readonly SpeechSentence MarkupLike = Sentence("<speak> hello &amp; goodbye <break time='5s'/> world");

    /// <summary>Builds a sentence from space-separated words; a trailing ',' or ';' becomes a Comma or Clause break.</summary>
    public static SpeechSentence Sentence(string text, char terminator = '.') =>
        new(text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ToWord).ToList(), terminator);

    /// <summary>One word's pronunciation from IPA.</summary>
    public static Aloud.Speech.Phonemes.Pronunciation Ipa(string ipa) => Aloud.Speech.Phonemes.Pronunciation.ParseWords(ipa).Single();

    /// <summary>"We met Xochitlan today", the invented name said from <paramref name="ipa"/> when it is set.</summary>
    public static SpeechSentence WithName(string? ipa)
    {
        var words = Sentence("We met Xochitlan today").Words.ToList();
        words[2] = words[2] with { Pronunciation = ipa is null ? null : Ipa(ipa) };
        return new SpeechSentence(words);
    }

    public static double Rms(ReadOnlySpan<float> samples)
    {
        var sum = 0.0;
        foreach (var s in samples)
        {
            sum += s * s;
        }

        return samples.Length == 0 ? 0 : Math.Sqrt(sum / samples.Length);
    }

    /// <summary>The RMS of the clip between two times in ms.</summary>
    public static double Rms(Clip clip, double fromMs, double toMs)
    {
        var from = (int)(fromMs * clip.SampleRate / 1000);
        var to = Math.Min(clip.Samples.Length, (int)(toMs * clip.SampleRate / 1000));
        return Rms(clip.Samples.AsSpan(from, Math.Max(0, to - from)));
    }

    /// <summary>The longest run of near-silence (20 ms windows below -46 dBFS RMS) in the clip, in ms.</summary>
    public static double LongestSilenceMs(Clip clip)
    {
        var window = clip.SampleRate / 50;
        double longest = 0, current = 0;
        for (var at = 0; at + window <= clip.Samples.Length; at += window)
        {
            current = Rms(clip.Samples.AsSpan(at, window)) < 0.005 ? current + 20 : 0;
            longest = Math.Max(longest, current);
        }

        return longest;
    }

    /// <summary>
    /// Checks the Clip contract: one timing per word, in order, non-overlapping, inside the clip; and, where
    /// asked, that every word lasts at least <paramref name="minWordMs"/>.
    /// </summary>
    public static void ValidTimings(Clip clip, SpeechSentence sentence, double minWordMs = 0)
    {
        Assert.Equal(sentence.Words.Count, clip.Words.Count);
        var previousEnd = 0.0;
        for (var i = 0; i < clip.Words.Count; i++)
        {
            var t = clip.Words[i];
            var word = sentence.Words[i].Text;
            Assert.Equal(i, t.WordIndex);
            Assert.True(t.StartMs >= previousEnd, $"'{word}' starts at {t.StartMs} before the previous word ends at {previousEnd}");
            Assert.True(t.EndMs >= t.StartMs, $"'{word}' ends at {t.EndMs} before it starts at {t.StartMs}");
            Assert.True(t.EndMs <= clip.DurationMs + 1e-6, $"'{word}' ends at {t.EndMs}, after the clip ({clip.DurationMs})");
            Assert.True(t.EndMs - t.StartMs >= minWordMs, $"'{word}' lasts {t.EndMs - t.StartMs} ms, under {minWordMs}");
            previousEnd = t.EndMs;
        }
    }

    /// <summary>Checks that the clip is audible speech of a plausible length for its words at normal rate.</summary>
    public static void PlausibleSpeech(Clip clip, SpeechSentence sentence, int sampleRate)
    {
        Assert.Equal(sampleRate, clip.SampleRate);
        Assert.All(clip.Samples, s => Assert.InRange(s, -1f, 1f));
        Assert.True(Rms(clip.Samples) > 0.02, $"RMS {Rms(clip.Samples):F4} is near silence");
        var wordsPerSecond = sentence.Words.Count / (clip.DurationMs / 1000);
        Assert.InRange(wordsPerSecond, 2.5, 4.5);
    }

    private static SpeechWord ToWord(string token) => token[^1] switch
    {
        ',' when token.Length > 1 => new SpeechWord(token[..^1], WordBreak.Comma),
        ';' when token.Length > 1 => new SpeechWord(token[..^1], WordBreak.Clause),
        _ => new SpeechWord(token),
    };
}
