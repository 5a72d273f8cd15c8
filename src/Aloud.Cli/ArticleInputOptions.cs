using System.CommandLine;

namespace Aloud.Cli;

/// <summary>
/// The argument and options every command that reads an article shares (narrate, extract, names; feed for the
/// address rule), defined once so their names, help and meaning cannot drift apart.
/// </summary>
internal static class ArticleInputOptions
{
    public static Argument<string> Input() => new("input")
    {
        Description = "An HTML page, plain-text or SSML file, '-' for standard input, or an http(s) URL.",
    };

    public static Option<string?> Rules() => new("--rules")
    {
        Description = "A publisher's extraction rules (JSON: promoPhrases, dropSelectors, keepSelectors, bodySelector, captions, credits).",
    };

    public static Option<bool> AllowPrivateHosts() => new("--allow-private-hosts")
    {
        Description = "Allow URLs on loopback or private addresses (local development only).",
    };
}
