using System.Text.Json.Nodes;

namespace Aloud.Server.Endpoints;

/// <summary>
/// Checks for the routes that take a free-form JSON body (a <see cref="JsonObject"/>): a key named twice in one
/// object, or a key or string escaping half a surrogate pair ("\ud800"), is refused as a 400. A JsonObject accepts such a body, then throws when first read (a 500 the fuzzer found
/// in the lexicon routes); which of the two values was meant cannot be known anyway. (Not JsonSerializerOptions'
/// AllowDuplicateProperties = false: with it, binding a JsonObject throws an ArgumentException, a 500 again.)
/// </summary>
internal static class JsonBodies
{
    /// <summary>An endpoint filter refusing any JSON body argument that names a key twice.</summary>
    public static async ValueTask<object?> RefuseDuplicateKeys(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        foreach (var argument in context.Arguments)
        {
            if (argument is JsonNode node && !IsReadable(node))
                return Problems.BadRequest("the body names the same key twice in one object, or holds text that is not valid (half a surrogate pair)");
        }
        return await next(context).ConfigureAwait(false);
    }

    /// <summary>Whether every object in <paramref name="node"/> names each key once and every string reads as text (both are read lazily).</summary>
    public static bool IsReadable(JsonNode node)
    {
        // Iterative: a body may nest as deep as the parser allows.
        var pending = new Stack<JsonNode?>([node]);
        try
        {
            while (pending.Count > 0)
            {
                switch (pending.Pop())
                {
                    case JsonObject obj:
                        foreach (var (_, value) in obj) pending.Push(value);
                        break;
                    case JsonArray array:
                        foreach (var value in array) pending.Push(value);
                        break;
                    case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String:
                        _ = value.GetValue<string>();
                        break;
                }
            }
            return true;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
