namespace Aloud.Store;

/// <summary>Times as the stores keep them: whole milliseconds since the Unix epoch, UTC.</summary>
internal static class Clock
{
    public static long ToMs(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    public static DateTimeOffset? FromMs(long? ms) => ms is { } value ? FromMs(value) : null;
}
