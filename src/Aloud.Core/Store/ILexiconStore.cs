namespace Aloud.Store;

/// <summary>One version of the publisher's lexicon, as lexicon JSON (see docs/lexicon.md).</summary>
public sealed record StoredLexicon(int Version, string Json, DateTimeOffset Created);

/// <summary>The publisher's pronunciation lexicon, every version kept.</summary>
public interface ILexiconStore
{
    /// <summary>The newest version, or null while there is none.</summary>
    Task<StoredLexicon?> GetCurrentAsync(CancellationToken cancellationToken = default);

    /// <summary>Saves a new version; <paramref name="buildJson"/> gets the new version number.</summary>
    /// <param name="buildJson">Builds the lexicon JSON for the new version number.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <param name="expectedVersion">The version the change was made against: a concurrent change makes this fail.</param>
    /// <returns>The saved version, or null when <paramref name="expectedVersion"/> is no longer current.</returns>
    Task<StoredLexicon?> SaveAsync(int expectedVersion, Func<int, string> buildJson, CancellationToken cancellationToken = default);
}
