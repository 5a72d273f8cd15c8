using Aloud.Audio;
using Aloud.Speech;

namespace Aloud.Tests.Audio;

public class GapWidenerTests
{
    private static Clip ThreeWords()
    {
        // 1 kHz rate for easy sums: words at 0-100, 150-250 (a 50 ms pause), 300-400 ms.
        var samples = Enumerable.Range(0, 400).Select(i => i is >= 100 and < 150 or >= 250 and < 300 ? 0f : 0.5f).ToArray();
        return new Clip(samples, 1000, [new WordTiming(0, 0, 100), new WordTiming(1, 150, 250), new WordTiming(2, 300, 400)]);
    }

    [Fact]
    public void The_pause_after_the_word_becomes_the_gap_asked_for_and_later_words_move()
    {
        var widened = GapWidener.Widen(ThreeWords(), 0, 650);
        Assert.Equal(650, widened.Words[1].StartMs - widened.Words[0].EndMs, 3);
        Assert.Equal(400 + 600, widened.Samples.Length);
        Assert.Equal(new WordTiming(2, 900, 1000), widened.Words[2]);
        // The added silence sits inside the engine's own pause: the words' samples are untouched.
        Assert.All(widened.Samples[..100], s => Assert.Equal(0.5f, s));
        Assert.All(widened.Samples[750..850], s => Assert.Equal(0.5f, s));
        Assert.All(widened.Samples[100..750], s => Assert.Equal(0f, s));
    }

    [Fact]
    public void A_long_enough_pause_or_the_last_word_leaves_the_clip_as_it_is()
    {
        var clip = ThreeWords();
        Assert.Same(clip, GapWidener.Widen(clip, 0, 40));
        Assert.Same(clip, GapWidener.Widen(clip, 2, 650));
    }
}
