using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aloud.Ingest;

/// <summary>
/// A publisher's extraction rules, kept in a JSON file beside their configuration rather than in code:
/// extra promo phrases, CSS selectors to drop or keep, the body container, and whether captions and credit
/// lines are read. Unknown keys are an error, so a typo never silently does nothing.
/// </summary>
/// <example><code>
/// { "promoPhrases": ["Listen to our daily podcast"], "dropSelectors": [".paywall-note"],
///   "keepSelectors": [".story-extra"], "bodySelector": "div.story-body", "captions": false, "credits": true }
/// </code></example>
public sealed record PublisherRules
{
    public IReadOnlyList<string> PromoPhrases { get; init; } = [];
    public IReadOnlyList<string> DropSelectors { get; init; } = [];
    public IReadOnlyList<string> KeepSelectors { get; init; } = [];
    public string? BodySelector { get; init; }
    public bool? Captions { get; init; }
    public bool? Credits { get; init; }

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads a rules file; a missing, unreadable or malformed file is a one-line <see cref="AloudInputException"/>.</summary>
    public static PublisherRules Load(string path)
    {
        try
        {
            var rules = JsonSerializer.Deserialize<PublisherRules>(File.ReadAllBytes(path), Json)
                ?? throw new AloudInputException($"rules file {path} is empty: write a JSON object");
            rules.Validate(path);
            return rules;
        }
        catch (JsonException error)
        {
            throw new AloudInputException($"rules file {path} is not valid: {error.Message}", error);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new AloudInputException($"cannot read rules file {path}: {error.Message}", error);
        }
    }

    /// <summary>These rules laid over <paramref name="options"/>: lists add to it, set values replace it.</summary>
    public ExtractionOptions ApplyTo(ExtractionOptions options) => options with
    {
        ExtraPromoPhrases = [.. options.ExtraPromoPhrases, .. PromoPhrases],
        DropSelectors = [.. options.DropSelectors, .. DropSelectors],
        KeepSelectors = [.. options.KeepSelectors, .. KeepSelectors],
        BodySelector = BodySelector ?? options.BodySelector,
        IncludeCaptions = Captions ?? options.IncludeCaptions,
        IncludeCredits = Credits ?? options.IncludeCredits,
    };

    /// <summary>Selectors are checked when the file is read, not when the first page happens to need them.</summary>
    private void Validate(string path)
    {
        try
        {
            SelectorList.Parse(DropSelectors, "dropSelectors");
            SelectorList.Parse(KeepSelectors, "keepSelectors");
            SelectorList.Parse(BodySelector is null ? [] : [BodySelector], "bodySelector");
        }
        catch (ArgumentException error)
        {
            throw new AloudInputException($"rules file {path}: {error.Message.Split(" (Parameter")[0]}", error);
        }
    }
}
