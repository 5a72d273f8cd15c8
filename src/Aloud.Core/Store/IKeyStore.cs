namespace Aloud.Store;

/// <summary>An API key as listed: never its secret, which is shown once when created and stored only hashed.</summary>
public sealed record ApiKeyInfo(string Id, string Name, bool ReadOnly, DateTimeOffset Created, DateTimeOffset? Revoked, DateTimeOffset? LastUsed);

/// <summary>A key just created: the only time its secret exists outside the caller's hands.</summary>
public sealed record CreatedApiKey(ApiKeyInfo Info, string Secret);

/// <summary>API keys, stored as SHA-256 hashes of their secrets.</summary>
public interface IKeyStore
{
    Task<CreatedApiKey> CreateAsync(string name, bool readOnly, CancellationToken cancellationToken = default);

    /// <summary>Adds a key whose secret the operator chose (ALOUD_API_KEY); nothing happens if it exists already.</summary>
    Task<ApiKeyInfo> EnsureAsync(string name, string secret, CancellationToken cancellationToken = default);

    /// <summary>The live (not revoked) key with this secret, or null.</summary>
    Task<ApiKeyInfo?> VerifyAsync(string secret, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Revokes the key; false when there is no live key with that id.</summary>
    Task<bool> RevokeAsync(string id, CancellationToken cancellationToken = default);
}
