using Aloud.Script;
using BenchmarkDotNet.Attributes;

namespace Aloud.Bench;

/// <summary>
/// Normaliser throughput on news text. The baseline is sentence segmentation alone (the cheapest pass over
/// the same characters), so the ratio shows what the passes cost on top of reading the text once.
/// </summary>
[MemoryDiagnoser]
public class NormalizerBenchmarks
{
    public const int Characters = 1_000_000;

    private string[] _paragraphs = [];
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [GlobalSetup]
    public void Setup() => _paragraphs = NewsText.Paragraphs(Characters);

    [Benchmark(Baseline = true)]
    public int SegmentOnly()
    {
        var count = 0;
        foreach (var paragraph in _paragraphs)
        {
            count += SentenceSegmenter.Split(paragraph).Count;
        }
        return count;
    }

    [Benchmark]
    public int Normalize()
    {
        var words = 0;
        foreach (var paragraph in _paragraphs)
        {
            foreach (var sentence in SentenceSegmenter.Split(paragraph))
            {
                words += _normalizer.Normalize(paragraph, sentence).Words.Count;
            }
        }
        return words;
    }
}
