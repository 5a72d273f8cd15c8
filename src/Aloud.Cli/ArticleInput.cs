using Aloud.Ingest;

namespace Aloud.Cli;

/// <summary>Reads the INPUT argument (file, '-' or URL) into an <see cref="Article"/>.</summary>
internal static class ArticleInput
{
    public static Article Read(string input, bool allowPrivateHosts, bool includeCaptions, string? rulesPath = null)
    {
        // The rules file is read first: a mistake in it is reported before any fetching.
        var rules = rulesPath is null ? null : PublisherRules.Load(rulesPath);
        var fetch = SafeFetchOptions.Default with { AllowPrivateHosts = allowPrivateHosts };
        var source = new InputLoader(fetch).LoadAsync(input).GetAwaiter().GetResult();
        var extraction = ExtractionOptions.Default with { IncludeCaptions = includeCaptions };
        extraction = rules?.ApplyTo(extraction) ?? extraction;
        return ArticleReader.Read(source.Bytes, source.ContentType, source.Source, extraction);
    }
}
