using System.Globalization;
using System.Text.Json;
using Aloud.Store;

namespace Aloud.Server.Listening;

/// <summary>
/// Reads what the player sends: a statistics batch or a reported word. The player posts JSON as text/plain (a
/// beacon cannot send a preflighted type), so the body is parsed here, with every number checked for range:
/// the routes are public, and a forged batch must not be able to add more than one page view could.
/// </summary>
internal static class ListeningReport
{
    /// <summary>The most a body may be: a batch is a few hundred bytes.</summary>
    public const int MaxBytes = 4096;

    public static async Task<JsonElement?> ReadAsync(HttpRequest request, CancellationToken token)
    {
        if (request.ContentLength > MaxBytes) return null;
        var buffer = new byte[MaxBytes + 1];
        var length = 0;
        int read;
        while (length <= MaxBytes && (read = await request.Body.ReadAsync(buffer.AsMemory(length), token).ConfigureAwait(false)) > 0) length += read;
        if (length > MaxBytes) return null;
        try
        {
            using var document = JsonDocument.Parse(buffer.AsMemory(0, length));
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The batch, or why it is refused.</summary>
    public static (ListeningBatch? Batch, string? Error) Batch(JsonElement body, double durationSeconds)
    {
        var plays = Int(body, "plays");
        var seconds = Number(body, "seconds");
        // One page view cannot hear more than the article several times over at the top speed.
        var ceiling = Math.Max(60, durationSeconds * 3 * 4);
        if (plays is < 0 or > 50) return (null, "plays must be 0 to 50");
        if (seconds is < 0 || seconds > ceiling) return (null, $"seconds must be 0 to {ceiling:0}");
        var quartiles = new List<int>();
        if (body.TryGetProperty("quartiles", out var q) && q.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in q.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt32(out var k) || k is < 1 or > 4) return (null, "quartiles are 1 to 4");
                if (!quartiles.Contains(k)) quartiles.Add(k);
            }
        }
        var rates = new Dictionary<double, double>();
        if (body.TryGetProperty("rates", out var r) && r.ValueKind == JsonValueKind.Object)
        {
            foreach (var entry in r.EnumerateObject())
            {
                if (!double.TryParse(entry.Name, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) || rate is < 0.25 or > 4
                    || entry.Value.ValueKind != JsonValueKind.Number || entry.Value.GetDouble() is < 0 || entry.Value.GetDouble() > ceiling)
                    return (null, "rates map a speed (0.25-4) to seconds");
                rates[Math.Round(rate, 2)] = entry.Value.GetDouble();
            }
        }
        return (new ListeningBatch(plays, Math.Round(seconds, 1), quartiles, rates), null);
    }

    private static int Int(JsonElement body, string name) =>
        body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : 0;

    private static double Number(JsonElement body, string name) =>
        body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : 0;
}
