using Aloud.Speech;

namespace Aloud.Tests.Speech;

public sealed class WordTimingAlignerTests
{
    private static IReadOnlyList<WordTiming> Align(string words, double clipMs, params EngineWord[] engine) =>
        WordTimingAligner.Align(words.Split(' '), engine, clipMs);

    private static void Span(WordTiming t, double start, double end)
    {
        Assert.Equal(start, t.StartMs, 6);
        Assert.Equal(end, t.EndMs, 6);
    }

    [Fact]
    public void OneToOneWordsTakeTheEngineTimes()
    {
        var t = Align("Hello there world", 1000, new("hello", 100, 300), new("there", 300, 500), new("world", 600, 900));

        Span(t[0], 100, 300);
        Span(t[1], 300, 500);
        Span(t[2], 600, 900);
    }

    [Fact]
    public void AWordTheEngineSplitSpansAllItsParts()
    {
        // Flite: "thirty-seventh" -> "thirty" + "seventh"; "Women's" -> "women" + "'s"; "I'm" -> "im".
        var t = Align("the thirty-seventh Women's I'm", 2000,
            new("the", 0, 100), new("thirty", 100, 400), new("seventh", 400, 800),
            new("women", 800, 1100), new("'s", 1100, 1200), new("im", 1300, 1500));

        Assert.Equal(4, t.Count);
        Span(t[1], 100, 800);
        Span(t[2], 800, 1200);
        Span(t[3], 1300, 1500);
    }

    [Fact]
    public void WordsTheEngineMergedShareItsSpanByLetters()
    {
        var t = Align("New York is big", 1000, new("newyork", 0, 700), new("is", 700, 800), new("big", 800, 1000));

        Span(t[0], 0, 300);
        Span(t[1], 300, 700);
        Span(t[2], 700, 800);
    }

    [Fact]
    public void AMissingWordIsInterpolatedInTheGapBetweenItsNeighbours()
    {
        var t = Align("one quietly two", 1000, new("one", 0, 200), new("two", 800, 1000));

        Span(t[0], 0, 200);
        Span(t[1], 200, 800);
        Span(t[2], 800, 1000);
    }

    [Fact]
    public void AMissingWordWithNoGapSharesThePreviousWordsSpan()
    {
        // eSpeak-style: no silence between the neighbours, so the missing word was said within them.
        var t = Align("abc de fgh", 1000, new("abc", 0, 500), new("fgh", 500, 1000));

        Span(t[0], 0, 300);
        Span(t[1], 300, 500);
        Span(t[2], 500, 1000);
    }

    [Fact]
    public void ExtraEngineWordsAreIgnored()
    {
        var t = Align("red blue", 1000, new("red", 0, 200), new("and", 200, 400), new("um", 400, 500), new("blue", 500, 800));

        Span(t[0], 0, 200);
        Span(t[1], 500, 800);
    }

    [Fact]
    public void AStrayLetterFromAnotherWordDoesNotCountAsAMatch()
    {
        // Only the "s" of "Xs" could match "is": under half its letters, so it is interpolated instead.
        var t = Align("this Xqzs fine", 1000, new("this", 0, 200), new("is", 400, 600), new("fine", 700, 1000));

        Span(t[0], 0, 200);
        Span(t[2], 700, 1000);
        Assert.True(t[1].StartMs >= 200 && t[1].EndMs <= 700 && t[1].EndMs > t[1].StartMs);
    }

    [Fact]
    public void WithoutEngineWordsEveryWordIsSpreadOverTheClipByLetters()
    {
        var t = Align("a bcd", 800);

        Span(t[0], 0, 200);
        Span(t[1], 200, 800);
    }

    [Fact]
    public void OutOfOrderOrOutOfClipEngineTimesAreMadeMonotonicAndClamped()
    {
        var t = Align("one two three", 1000, new("one", -50, 400), new("two", 300, 350), new("three", 900, 1400));

        Span(t[0], 0, 400);
        Span(t[1], 400, 400);
        Span(t[2], 900, 1000);
    }

    [Fact]
    public void EveryWordGetsOneMonotonicTimingOnALongSentenceWithEdits()
    {
        var ours = Enumerable.Range(0, 2000).Select(i => $"word{i}x").ToArray();
        var engine = new List<EngineWord>();
        for (var i = 0; i < ours.Length; i++)
        {
            // The engine drops every 7th word and adds a filler every 11th: the alignment must not drift.
            if (i % 7 != 3)
            {
                engine.Add(new(ours[i], i * 100, (i * 100) + 90));
            }

            if (i % 11 == 5)
            {
                engine.Add(new("uh", (i * 100) + 90, (i * 100) + 95));
            }
        }

        var t = WordTimingAligner.Align(ours, engine, ours.Length * 100);

        Assert.Equal(ours.Length, t.Count);
        for (var i = 0; i < t.Count; i++)
        {
            if (i % 7 != 3)
            {
                Span(t[i], i * 100, (i * 100) + 90);
            }

            Assert.True(t[i].StartMs <= t[i].EndMs && (i == 0 || t[i - 1].EndMs <= t[i].StartMs));
        }
    }
}
