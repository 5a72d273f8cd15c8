using System.Text.Json;

namespace Aloud.Narration;

/// <summary>
/// Writes the word timings file: every spoken word with its start and end (ms), its spoken text and the span
/// of the article text it reads; every sentence likewise; and the article text the spans index.
/// </summary>
public static class TimingsJsonWriter
{
    public static void Write(Narration narration, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteNumber("version", 1);
        json.WriteString("voice", narration.Voice.Id);
        json.WriteNumber("durationMs", Math.Round(narration.DurationMs));
        json.WriteString("text", narration.Script.Text);
        json.WriteStartArray("blocks");
        foreach (var block in narration.Script.Blocks)
        {
            json.WriteStartObject();
            json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(block.Kind.ToString()));
            json.WriteNumber("charStart", block.Span.Start);
            json.WriteNumber("charLength", block.Span.Length);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("sentences");
        foreach (var sentence in narration.Sentences)
        {
            json.WriteStartObject();
            json.WriteNumber("startMs", Math.Round(sentence.StartMs));
            json.WriteNumber("endMs", Math.Round(sentence.EndMs));
            json.WriteNumber("charStart", sentence.Source.Start);
            json.WriteNumber("charLength", sentence.Source.Length);
            json.WriteString("spoken", sentence.Spoken);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("words");
        foreach (var word in narration.Words)
        {
            json.WriteStartObject();
            json.WriteString("text", word.Spoken);
            json.WriteNumber("startMs", Math.Round(word.StartMs));
            json.WriteNumber("endMs", Math.Round(word.EndMs));
            json.WriteNumber("charStart", word.Source.Start);
            json.WriteNumber("charLength", word.Source.Length);
            json.WriteNumber("sentence", word.SentenceIndex);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
