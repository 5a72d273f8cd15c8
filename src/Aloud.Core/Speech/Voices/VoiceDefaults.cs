using System.Globalization;

namespace Aloud.Speech.Voices;

/// <summary>
/// A voice's own defaults, used when a request does not set them (decision 0014): its speaking rate and the
/// silences after a sentence and after a paragraph. Null: the narration's usual value.
/// </summary>
public sealed record VoiceDefaults(double? Rate = null, double? SentencePauseMs = null, double? ParagraphPauseMs = null)
{
    /// <summary>The range a voice's default rate may take: what <c>--rate</c> accepts.</summary>
    public const double MinRate = 0.5, MaxRate = 2.0;

    /// <summary>The longest pause a voice may set, in milliseconds.</summary>
    public const double MaxPauseMs = 5000;

    public static VoiceDefaults None { get; } = new();

    public bool IsEmpty => Rate is null && SentencePauseMs is null && ParagraphPauseMs is null;

    /// <summary>Throws <see cref="ArgumentException"/> with one line naming the value out of range.</summary>
    public VoiceDefaults Validated()
    {
        if (Rate is { } rate && !(rate >= MinRate && rate <= MaxRate))
        {
            throw new ArgumentException($"rate must be between {MinRate} and {MaxRate} (got {Format(rate)})");
        }
        foreach (var (name, value) in new[] { ("sentence pause", SentencePauseMs), ("paragraph pause", ParagraphPauseMs) })
        {
            if (value is { } ms && !(ms >= 0 && ms <= MaxPauseMs))
            {
                throw new ArgumentException($"{name} must be between 0 and {MaxPauseMs} ms (got {Format(ms)})");
            }
        }
        return this;
    }

    /// <summary>"rate 1.1, sentence pause 350 ms" for listings; "" when empty.</summary>
    public string Describe() => string.Join(", ", new[]
    {
        Rate is { } r ? $"rate {Format(r)}" : null,
        SentencePauseMs is { } s ? $"sentence pause {Format(s)} ms" : null,
        ParagraphPauseMs is { } p ? $"paragraph pause {Format(p)} ms" : null,
    }.OfType<string>());

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
