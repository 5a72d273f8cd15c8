using System.Text.Json;

namespace Aloud.Ingest;

/// <summary>
/// The objects of a JSON-LD document, breadth first (the page's own top-level objects before what they nest), with a
/// budget of nodes visited, so a page's hostile or enormous metadata costs a bounded walk.
/// </summary>
internal static class JsonObjects
{
    /// <summary>The most nodes (objects, arrays and their members) one walk visits.</summary>
    public const int MaxNodes = 20_000;

    public static IEnumerable<JsonElement> BreadthFirst(JsonElement root)
    {
        var queue = new Queue<JsonElement>();
        queue.Enqueue(root);
        for (var visited = 0; queue.Count > 0 && visited < MaxNodes; visited++)
        {
            var node = queue.Dequeue();
            if (node.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in node.EnumerateArray()) queue.Enqueue(item);
                continue;
            }
            if (node.ValueKind != JsonValueKind.Object) continue;
            yield return node;
            foreach (var property in node.EnumerateObject())
            {
                if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array) queue.Enqueue(property.Value);
            }
        }
    }
}
