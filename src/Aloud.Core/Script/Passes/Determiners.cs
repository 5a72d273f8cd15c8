namespace Aloud.Script.Passes;

/// <summary>Words that open a noun phrase ("a", "the", "its"...): after one, an amount or a measure describes the noun that follows.</summary>
internal static class Determiners
{
    public static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "this", "that", "its", "his", "her", "their", "our", "your", "whose",
    };
}
