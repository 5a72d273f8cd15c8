using Aloud.Ingest;
using Aloud.Ingest.Feeds;
using Aloud.Ingest.Ssml;
using Aloud.Jobs;
using Aloud.Script;
using Aloud.Script.Lexicon;
using FsCheck;

namespace Aloud.Tests.Fuzzing;

/// <summary>One reader under fuzzing: its inputs (text or bytes), how it is called, and the error it may refuse with.</summary>
internal sealed record FuzzTarget(string Name, Gen<string>? TextInputs, Action<string>? ReadText, Gen<byte[]>? ByteInputs, Action<byte[]>? ReadBytes, Func<Exception, bool> Documented)
{
    public FuzzFigures Run() => TextInputs is not null
        ? FuzzRunner.Run(Name, TextInputs, ReadText!, Documented)
        : FuzzRunner.Run(Name, ByteInputs!, ReadBytes!, Documented);
}

/// <summary>
/// Every reader of outside input. A reader may refuse an input only with its documented error
/// (<see cref="AloudInputException"/>, one line; the clip cache's <see cref="FormatException"/>).
/// </summary>
internal static class FuzzTargets
{
    private static readonly Uri Source = new("https://news.example.org/2026/story");
    private static readonly TextNormalizer Normalizer = new(EnglishNumberWords.Instance);
    private static readonly ScriptWriter Writer = new();

    private static bool Refusal(Exception e) => e is AloudInputException;

    private static FuzzTarget Text(string name, IReadOnlyList<string> seeds, Action<string> read) => new(name, Mutations.Text(seeds), read, null, null, Refusal);

    private static FuzzTarget Bytes(string name, IReadOnlyList<string> seeds, Action<byte[]> read) => new(name, null, null, Mutations.Bytes(seeds), read, Refusal);

    public static IReadOnlyDictionary<string, FuzzTarget> All { get; } = new[]
    {
        Bytes("html", FuzzSeeds.Html, bytes => ArticleReader.Read(bytes, "text/html", Source, ExtractionOptions.Default)),
        Text("normaliser", FuzzSeeds.Text, line => Normalizer.NormalizeLine(line)),
        Bytes("script", FuzzSeeds.Text, bytes => Writer.Write(ArticleReader.Read(bytes, "text/plain", Source, ExtractionOptions.Default))),
        Text("ssml", FuzzSeeds.Ssml, text => SsmlReader.Read(text, Source)),
        Bytes("rss", [FuzzSeeds.Feeds[0]], bytes => FeedReader.Parse(bytes, "application/rss+xml", Source)),
        Bytes("atom", [FuzzSeeds.Feeds[1]], bytes => FeedReader.Parse(bytes, "application/atom+xml", Source)),
        Bytes("jsonfeed", [FuzzSeeds.Feeds[2]], bytes => FeedReader.Parse(bytes, "application/feed+json", Source)),
        Bytes("lexicon", FuzzSeeds.Lexicons, bytes => LexiconFile.Parse(bytes, "fuzz.json")),
        new FuzzTarget("clip-timings", null, null, Mutations.Binary(FuzzSeeds.Clips), bytes => ClipCache.Decode(bytes), e => e is FormatException),
    }.ToDictionary(t => t.Name);
}
