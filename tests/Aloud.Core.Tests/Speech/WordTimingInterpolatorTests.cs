using Aloud.Speech;

namespace Aloud.Tests.Speech;

public sealed class WordTimingInterpolatorTests
{
    [Fact]
    public void KnownSpansAreKeptAndUnknownOnesFillTheGapsByLetterCount()
    {
        (double, double)?[] anchors = [(100, 300), null, null, (900, 1000)];

        var t = WordTimingInterpolator.Complete(["one", "ab", "abcd", "two"], anchors, 1200);

        Assert.Equal([(100.0, 300.0), (300.0, 500.0), (500.0, 900.0), (900.0, 1000.0)], t.Select(w => (w.StartMs, w.EndMs)));
    }

    [Fact]
    public void ATrailingUnknownWordRunsToTheClipEnd()
    {
        var t = WordTimingInterpolator.Complete(["one", "two"], [(0, 400), null], 1000);

        Assert.Equal((400.0, 1000.0), (t[1].StartMs, t[1].EndMs));
    }

    [Fact]
    public void AnUnknownFirstWordWithNoRoomBorrowsFromTheNextWord()
    {
        var t = WordTimingInterpolator.Complete(["ab", "cd"], [null, (10, 410)], 500);

        Assert.Equal([(0.0, 205.0), (205.0, 410.0)], t.Select(w => (w.StartMs, w.EndMs)));
    }

    [Fact]
    public void RejectsAMismatchedAnchorCount()
    {
        Assert.Throws<ArgumentException>(() => WordTimingInterpolator.Complete(["a", "b"], [null], 100));
    }

    [Fact]
    public void EmptyOrNonFiniteInputStillGivesValidTimings()
    {
        Assert.Empty(WordTimingInterpolator.Complete([], [], 100));

        var t = WordTimingInterpolator.Complete(["a", "b"], [(double.NaN, 5), (20, double.PositiveInfinity)], double.NaN);

        Assert.All(t, w => Assert.Equal((0.0, 0.0), (w.StartMs, w.EndMs)));
    }
}
