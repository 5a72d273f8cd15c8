namespace Aloud.Store;

/// <summary>A publisher feed Aloud follows: new and edited items are narrated and listed in /feeds/{Name}.xml.</summary>
/// <param name="Id">The subscription's id.</param>
/// <param name="Name">A short name of letters, digits and hyphens: the podcast feed's file name.</param>
/// <param name="Url">The RSS, Atom or JSON Feed address.</param>
/// <param name="Settings">How its articles are narrated.</param>
/// <param name="StateJson">The poller's state (validators, items seen, next poll), or null before the first poll.</param>
/// <param name="Created">When it was added.</param>
public sealed record FeedSubscription(string Id, string Name, string Url, NarrationSettings Settings, string? StateJson, DateTimeOffset Created);

/// <summary>Feed subscriptions and their polling state.</summary>
public interface IFeedStore
{
    /// <summary>Adds a subscription; null when the name or URL is taken.</summary>
    Task<FeedSubscription?> AddAsync(string name, string url, NarrationSettings settings, CancellationToken cancellationToken = default);

    Task<FeedSubscription?> GetAsync(string idOrName, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<FeedSubscription>> ListAsync(CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);

    Task SaveStateAsync(string id, string stateJson, CancellationToken cancellationToken = default);
}
