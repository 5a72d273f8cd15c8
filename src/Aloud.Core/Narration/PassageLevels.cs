using Aloud.Audio;
using Aloud.Speech;

namespace Aloud.Narration;

/// <summary>
/// Brings another voice's passages to the loudness of the article's voice. Engines speak at their own levels
/// (eSpeak NG reads about 5 LU under Flite slt), and normalising the whole article would keep that step: a German
/// quote would drop in level. Each voice's clips are measured as they come, in order, and a passage clip gets the
/// gain between the article voice's mean loudness so far and its own voice's, one gain per voice at a time, so the
/// passage keeps its own rise and fall. Clips arrive in script order, so the article voice (which reads the headline)
/// is almost always measured first; a passage before any of it is left as it is.
/// </summary>
internal sealed class PassageLevels
{
    /// <summary>The most a passage is raised or lowered: a larger step means silence or a broken clip, not a quieter voice.</summary>
    private const double MaxGainDb = 12;

    /// <summary>Clips quieter than this (silence, a masked word alone) say nothing of a voice's level.</summary>
    private const double SilentLufs = -70;

    private readonly Level _article = new();
    private readonly Dictionary<string, Level> _passages = new(StringComparer.Ordinal);

    /// <summary>Records an article-voice clip's loudness.</summary>
    public void Article(Clip clip) => _article.Add(clip);

    /// <summary>A passage-voice clip at the article voice's level (the same clip when there is nothing to match yet).</summary>
    public Clip Passage(Clip clip, Voice voice)
    {
        if (!_passages.TryGetValue(voice.Id, out var level))
        {
            _passages[voice.Id] = level = new Level();
        }
        level.Add(clip);
        if (_article.Lufs is not { } target || level.Lufs is not { } own)
        {
            return clip;
        }
        var gainDb = Math.Clamp(target - own, -MaxGainDb, MaxGainDb);
        if (Math.Abs(gainDb) < 0.1)
        {
            return clip;
        }
        var gain = (float)Math.Pow(10, gainDb / 20);
        var samples = new float[clip.Samples.Length];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = clip.Samples[i] * gain; // floats until the limiter: no clipping here
        }
        return clip with { Samples = samples };
    }

    /// <summary>A voice's mean loudness over its clips so far, weighted by their lengths (energy, as LUFS averages).</summary>
    private sealed class Level
    {
        private double _energy;
        private long _samples;

        public double? Lufs => _samples == 0 ? null : 10 * Math.Log10(_energy / _samples);

        public void Add(Clip clip)
        {
            var lufs = LoudnessMeter.IntegratedLoudness(clip.Samples, clip.SampleRate);
            if (double.IsFinite(lufs) && lufs > SilentLufs)
            {
                _energy += Math.Pow(10, lufs / 10) * clip.Samples.Length;
                _samples += clip.Samples.Length;
            }
        }
    }
}
