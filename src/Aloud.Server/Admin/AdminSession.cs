using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Aloud.Store;
using Microsoft.AspNetCore.DataProtection;

namespace Aloud.Server.Admin;

/// <summary>A signed-in editor: the API key they signed in with, and the CSRF token of their session.</summary>
public sealed record AdminSignIn(ApiKeyInfo Key, string Csrf, DateTimeOffset Expires);

/// <summary>
/// The dashboard's session: after an editor signs in with an API key, a cookie carries the key's id, an expiry
/// and a random CSRF token, encrypted and signed by ASP.NET Data Protection (keys kept in the data folder, so
/// sessions survive a restart). The cookie is HttpOnly, SameSite=Strict, and Secure when served over TLS; a
/// write made with it must also send the CSRF token in <see cref="CsrfHeader"/>, which only the dashboard's own
/// pages can read. A revoked key ends its sessions at the next request.
/// </summary>
public sealed class AdminSession(IDataProtectionProvider protection, IKeyStore keys)
{
    public const string CookieName = "aloud_admin";
    public const string CsrfHeader = "X-CSRF-Token";
    private const string ItemKey = "aloud.admin-session";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    private readonly IDataProtector _protector = protection.CreateProtector("Aloud.Admin.Session.v1");

    /// <summary>Starts a session for <paramref name="key"/>: sets the cookie on the response.</summary>
    public AdminSignIn SignIn(HttpContext context, ApiKeyInfo key)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(key);
        var signIn = new AdminSignIn(key, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)), DateTimeOffset.UtcNow + Lifetime);
        var payload = string.Join('|', key.Id, signIn.Expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), signIn.Csrf);
        context.Response.Cookies.Append(CookieName, _protector.Protect(payload), Options(context, signIn.Expires));
        return signIn;
    }

    public static void SignOut(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Delete(CookieName, Options(context, null));
    }

    /// <summary>The request's valid session, or null (no cookie, tampered, expired, or its key revoked).</summary>
    public async Task<AdminSignIn?> ReadAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(ItemKey, out var known)) return (AdminSignIn?)known;
        AdminSignIn? session = null;
        if (context.Request.Cookies.TryGetValue(CookieName, out var cookie) && Unprotect(cookie) is { } parts)
        {
            var expires = DateTimeOffset.FromUnixTimeSeconds(long.Parse(parts[1], CultureInfo.InvariantCulture));
            var key = expires > DateTimeOffset.UtcNow
                ? (await keys.ListAsync(context.RequestAborted).ConfigureAwait(false)).FirstOrDefault(k => k.Id == parts[0] && k.Revoked is null)
                : null;
            if (key is not null) session = new AdminSignIn(key, parts[2], expires);
        }
        context.Items[ItemKey] = session;
        return session;
    }

    /// <summary>Whether a write carries the session's CSRF token (compared in constant time).</summary>
    public static bool CsrfMatches(HttpContext context, AdminSignIn session)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(session);
        var sent = context.Request.Headers[CsrfHeader].ToString();
        return sent.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(sent), Encoding.ASCII.GetBytes(session.Csrf));
    }

    private string[]? Unprotect(string cookie)
    {
        try
        {
            var parts = _protector.Unprotect(cookie).Split('|');
            return parts.Length == 3 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _) ? parts : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static CookieOptions Options(HttpContext context, DateTimeOffset? expires) => new()
    {
        HttpOnly = true,
        Secure = context.Request.IsHttps,
        SameSite = SameSiteMode.Strict,
        Path = "/",
        Expires = expires,
        IsEssential = true,
    };
}
