namespace Aloud.Server.Demo;

/// <summary>
/// Which article `/demo` shows: set by `aloud demo` once its sample is narrated. Until then `/demo` answers 503,
/// so a script that polls it knows the page is ready when it first answers 200.
/// </summary>
public sealed class DemoArticle
{
    private volatile string? _id;

    /// <summary>The demo article's id, or null while there is none (a plain `aloud serve`, or still narrating).</summary>
    public string? Id => _id;

    /// <summary>Whether this server is running the demo at all (then `/demo` is 503 until <see cref="Ready"/>).</summary>
    public bool Expected { get; private set; }

    public void Expect() => Expected = true;

    public void Ready(string id) => _id = id;
}
