using System.Security.Cryptography;
using System.Text;

namespace Aloud.Store.Sql;

/// <summary>
/// API keys in the database, stored as SHA-256 of the secret. A fast hash is right here: secrets are 192 random bits,
/// so there is nothing for a slow password hash to protect against, and every request verifies one.
/// </summary>
public sealed class SqlKeyStore(StoreDatabase database, TimeProvider? time = null) : IKeyStore
{
    /// <summary>Every generated secret starts with this, so a leaked key is easy to recognise.</summary>
    public const string SecretPrefix = "aloud_";

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<CreatedApiKey> CreateAsync(string name, bool readOnly, CancellationToken cancellationToken = default)
    {
        var secret = Ids.NewSecret(SecretPrefix);
        return new CreatedApiKey(await InsertAsync(name, secret, readOnly, cancellationToken).ConfigureAwait(false), secret);
    }

    public async Task<ApiKeyInfo> EnsureAsync(string name, string secret, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        // Two processes starting with the same ALOUD_API_KEY both get here: the second insert does nothing.
        await connection.ExecuteAsync("INSERT INTO api_keys (id, name, hash, read_only, created) VALUES (@id, @name, @hash, 0, @created) ON CONFLICT (hash) DO NOTHING",
            cancellationToken, null, ("@id", Ids.New(8)), ("@name", name), ("@hash", Hash(secret)), ("@created", Clock.ToMs(_time.GetUtcNow()))).ConfigureAwait(false);
        var existing = await connection.QueryAsync("SELECT * FROM api_keys WHERE hash = @hash", Map, cancellationToken, null, ("@hash", Hash(secret))).ConfigureAwait(false);
        return existing.Single();
    }

    private async Task<ApiKeyInfo> InsertAsync(string name, string secret, bool readOnly, CancellationToken cancellationToken)
    {
        var info = new ApiKeyInfo(Ids.New(8), name, readOnly, _time.GetUtcNow(), null, null);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync("INSERT INTO api_keys (id, name, hash, read_only, created) VALUES (@id, @name, @hash, @ro, @created)", cancellationToken, null,
            ("@id", info.Id), ("@name", name), ("@hash", Hash(secret)), ("@ro", readOnly ? 1 : 0), ("@created", Clock.ToMs(info.Created))).ConfigureAwait(false);
        return info;
    }

    public async Task<ApiKeyInfo?> VerifyAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length > 256) return null;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var keys = await connection.QueryAsync("SELECT * FROM api_keys WHERE hash = @hash AND revoked IS NULL", Map, cancellationToken, null, ("@hash", Hash(secret))).ConfigureAwait(false);
        return keys.FirstOrDefault();
    }

    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync("SELECT * FROM api_keys ORDER BY created", Map, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync("UPDATE api_keys SET revoked = @now WHERE id = @id AND revoked IS NULL", cancellationToken, null,
            ("@now", Clock.ToMs(_time.GetUtcNow())), ("@id", id)).ConfigureAwait(false) == 1;
    }

    /// <summary>The stored form of a secret.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static ApiKeyInfo Map(System.Data.Common.DbDataReader r) =>
        new(r.String("id"), r.String("name"), r.Long("read_only") != 0, Clock.FromMs(r.Long("created")), Clock.FromMs(r.LongOrNull("revoked")), Clock.FromMs(r.LongOrNull("last_used")));
}
