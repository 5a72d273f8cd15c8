using Aloud.Audio;
using Aloud.Speech;

namespace Aloud.Tests.Audio;

public class ClipAssemblerTests
{
    private const int Rate = 16000;

    /// <summary>A clip of <paramref name="leadMs"/> silence, <paramref name="toneMs"/> of tone, <paramref name="tailMs"/> silence, one word over the tone.</summary>
    private static Clip ToneClip(double leadMs, double toneMs, double tailMs)
    {
        int Samples(double ms) => (int)(ms * Rate / 1000);
        var samples = new float[Samples(leadMs) + Samples(toneMs) + Samples(tailMs)];
        for (var i = Samples(leadMs); i < Samples(leadMs) + Samples(toneMs); i++)
        {
            samples[i] = 0.5f * MathF.Sin(2 * MathF.PI * 440 * i / Rate);
        }
        return new Clip(samples, Rate, [new WordTiming(0, leadMs, leadMs + toneMs)]);
    }

    [Fact]
    public void Engine_silence_is_trimmed_so_pauses_are_ours()
    {
        var assembler = new ClipAssembler(Rate);
        assembler.AddClip(ToneClip(leadMs: 300, toneMs: 500, tailMs: 400));
        // 500 ms of tone plus at most 40 ms kept on each side.
        Assert.InRange(assembler.DurationMs, 500, 585);
    }

    [Fact]
    public void Word_timings_are_shifted_onto_the_timeline()
    {
        var assembler = new ClipAssembler(Rate);
        assembler.AddSilence(1000);
        var timings = assembler.AddClip(ToneClip(leadMs: 300, toneMs: 500, tailMs: 400));
        var word = Assert.Single(timings);
        // The tone starts 40 ms after the silence (the kept margin) and lasts 500 ms.
        Assert.InRange(word.StartMs, 1035, 1045);
        Assert.InRange(word.EndMs - word.StartMs, 499, 501);
        Assert.True(word.EndMs <= assembler.DurationMs);
    }

    [Fact]
    public void Joins_are_faded_to_avoid_clicks()
    {
        var assembler = new ClipAssembler(Rate);
        var loud = new float[Rate / 2];
        Array.Fill(loud, 0.8f);
        assembler.AddClip(new Clip(loud, Rate, [new WordTiming(0, 0, 500)]));
        var buffer = assembler.ToBuffer();
        Assert.True(Math.Abs(buffer.Samples[0]) < 0.01f, "the first sample fades in from silence");
        Assert.True(Math.Abs(buffer.Samples[^1]) < 0.01f, "the last sample fades out to silence");
        Assert.Equal(0.8f, buffer.Samples[buffer.Samples.Length / 2], 3);
    }

    [Fact]
    public void Silence_has_the_requested_length()
    {
        var assembler = new ClipAssembler(Rate);
        assembler.AddSilence(420);
        Assert.Equal(420, assembler.DurationMs, 1);
        Assert.All(assembler.ToBuffer().Samples, s => Assert.Equal(0f, s));
    }

    [Fact]
    public void A_clip_at_another_rate_is_refused()
    {
        var assembler = new ClipAssembler(Rate);
        Assert.Throws<ArgumentException>(() => assembler.AddClip(new Clip(new float[100], 22050, [])));
    }

    [Fact]
    public void A_bleep_is_a_one_kilohertz_tone_between_short_silences()
    {
        var assembler = new ClipAssembler(Rate);
        assembler.AddBleep(300);
        var samples = assembler.ToBuffer().Samples;
        Assert.Equal(300 + (2 * ClipAssembler.BleepMarginMs), assembler.DurationMs, 1);
        var margin = (int)(ClipAssembler.BleepMarginMs * Rate / 1000);
        Assert.All(samples.Take(margin), s => Assert.Equal(0f, s));
        var tone = samples.Skip(margin).Take(Rate * 300 / 1000).ToArray();
        var crossings = tone.Zip(tone.Skip(1)).Count(p => p.First < 0 && p.Second >= 0);
        Assert.InRange(crossings, 295, 305); // 1 kHz for 0.3 s
        Assert.True(tone.Max() > 0.2f);
    }
}
