namespace Aloud.Ingest;

/// <summary>Why an element is not article text; <see cref="None"/> when it may be.</summary>
internal enum Exclusion
{
    None,
    ByTag,
    BySelector,
    Hidden,
    /// <summary>A photo caption: read only when captions are asked for.</summary>
    Caption,
    /// <summary>By class or id name: the one rule a page can fool, so the callers may overrule it.</summary>
    ByName,
}
