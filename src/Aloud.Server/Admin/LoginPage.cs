using System.Net;

namespace Aloud.Server.Admin;

/// <summary>The dashboard's sign-in page: one field for an API key, posted as a form (works without JavaScript).</summary>
internal static class LoginPage
{
    public static string Render(string? error) => $$"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>Sign in · Aloud dashboard</title>
        <link rel="stylesheet" href="/admin/admin.css">
        </head>
        <body class="login">
        <main>
        <h1>Aloud dashboard</h1>
        <form method="post" action="/admin/login">
        <label for="key">API key</label>
        <input id="key" name="key" type="password" autocomplete="current-password" required autofocus>
        <button type="submit">Sign in</button>
        {{(error is null ? "" : $"<p class=\"error\" role=\"alert\">{WebUtility.HtmlEncode(error)}</p>")}}
        <p class="hint">A key from <code>aloud keys create NAME</code>, or the one <code>aloud demo</code> printed.</p>
        </form>
        </main>
        </body>
        </html>
        """;
}
