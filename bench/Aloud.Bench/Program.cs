using System.Globalization;
using BenchmarkDotNet.Running;

namespace Aloud.Bench;

/// <summary>
/// Runs the benchmarks (BenchmarkDotNet arguments pass through, e.g. --filter '*Normalizer*') and prints the
/// normaliser's throughput in MB/s and Opus encoding's speed (x real time, CPU s per minute of audio) next
/// to BenchmarkDotNet's own table and ratios. <c>--opus-quality</c> prints the Opus settings' CPU and
/// fidelity figures instead (<see cref="OpusQualityReport"/>); <c>--stages ARTICLE [VOICE]</c> where a narration's CPU goes
/// (<see cref="StageProfile"/>); <c>--voice-rtf piper:NAME</c> a neural voice's real-time factor (<see cref="VoiceRtfReport"/>).
/// </summary>
internal static class Program
{
    private static void Main(string[] args)
    {
        if (args is ["--stages", var article, ..])
        {
            StageProfile.Run(article, args.Length > 2 ? args[2] : "rms");
            return;
        }

        if (args is ["--opus-quality"])
        {
            OpusQualityReport.Run();
            return;
        }

        if (args is ["--voice-rtf", var voice, ..])
        {
            VoiceRtfReport.Run(voice, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 40);
            return;
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        var sentences = NewsText.Paragraphs(NormalizerBenchmarks.Characters).Sum(p => Script.SentenceSegmenter.Split(p).Count);
        foreach (var report in summaries.SelectMany(s => s.Reports))
        {
            if (report.ResultStatistics is { } stats && report.BenchmarkCase.Descriptor.Type == typeof(NormalizerBenchmarks))
            {
                var megabytesPerSecond = NormalizerBenchmarks.Characters / 1e6 / (stats.Mean / 1e9);
                var bytesPerSentence = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) / (double)sentences;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{report.BenchmarkCase.Descriptor.WorkloadMethod.Name}: {megabytesPerSecond:0.00} MB/s of news text, "
                    + $"{bytesPerSentence / 1024:0.0} KB allocated per sentence ({sentences} sentences; target for Normalize: >= 2 MB/s)"));
            }
            else if (report.ResultStatistics is { } opus && report.BenchmarkCase.Descriptor.Type == typeof(OpusEncodingBenchmarks))
            {
                var seconds = opus.Mean / 1e9;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Opus {report.BenchmarkCase.Descriptor.WorkloadMethod.Name} ({report.BenchmarkCase.Parameters["Voice"]}): "
                    + $"{NarratedSpeech.Seconds / seconds:0}x real time, {seconds * 60 / NarratedSpeech.Seconds:0.000} CPU s per minute of audio"));
            }
        }
    }
}
