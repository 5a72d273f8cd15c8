namespace Aloud.Store;

/// <summary>A CMS webhook: the secret its payloads are signed with (HMAC needs the secret itself, so it is kept).</summary>
public sealed record WebHook(string Id, string Name, string Secret, NarrationSettings Settings, DateTimeOffset Created);

/// <summary>The webhooks publishers' CMSs call.</summary>
public interface IHookStore
{
    Task<WebHook> CreateAsync(string name, NarrationSettings settings, CancellationToken cancellationToken = default);

    Task<WebHook?> GetAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<WebHook>> ListAsync(CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Remembers a delivery's signature so the same signed payload cannot be replayed within its time window.
    /// False when it was seen already.
    /// </summary>
    Task<bool> RememberDeliveryAsync(string hookId, string signature, DateTimeOffset expires, CancellationToken cancellationToken = default);
}
