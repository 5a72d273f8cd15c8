using Aloud.Speech;

namespace Aloud.Audio;

/// <summary>
/// Lengthens the silence between two words of a clip, where a censored word stood: the engine only paused there as
/// for a comma, which a listener hears as a comma, not as a word left out. Silence is added in the middle of the
/// engine's own pause, and the timings of the words after it move by as much.
/// </summary>
public static class GapWidener
{
    /// <summary>
    /// The clip with the pause after word <paramref name="wordIndex"/> at least <paramref name="gapMs"/> long; the clip
    /// unchanged when the word is the last one, has no timing, or the pause is long enough already.
    /// </summary>
    public static Clip Widen(Clip clip, int wordIndex, double gapMs)
    {
        ArgumentNullException.ThrowIfNull(clip);
        var position = -1;
        for (var i = 0; i < clip.Words.Count - 1; i++)
        {
            if (clip.Words[i].WordIndex == wordIndex)
            {
                position = i;
                break;
            }
        }
        if (position < 0)
        {
            return clip;
        }
        var endMs = clip.Words[position].EndMs;
        var existingMs = Math.Max(0, clip.Words[position + 1].StartMs - endMs);
        var extraMs = gapMs - existingMs;
        var extra = (int)Math.Round(extraMs * clip.SampleRate / 1000);
        if (extra <= 0)
        {
            return clip;
        }
        var middleMs = endMs + (existingMs / 2);
        var at = Math.Clamp((int)Math.Round(middleMs * clip.SampleRate / 1000), 0, clip.Samples.Length);
        var samples = new float[clip.Samples.Length + extra];
        clip.Samples.AsSpan(0, at).CopyTo(samples);
        clip.Samples.AsSpan(at).CopyTo(samples.AsSpan(at + extra));
        var shiftMs = extra * 1000.0 / clip.SampleRate;
        var words = clip.Words.Select((w, i) => i > position ? w with { StartMs = w.StartMs + shiftMs, EndMs = w.EndMs + shiftMs } : w).ToList();
        return new Clip(samples, clip.SampleRate, words);
    }
}
