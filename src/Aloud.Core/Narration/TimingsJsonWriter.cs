using System.Text.Json;

namespace Aloud.Narration;

/// <summary>
/// Writes the word timings file: every spoken word with its start and end (ms), its spoken text and the span
/// of the article text it reads; every sentence likewise; and the article text the spans index.
/// </summary>
public static class TimingsJsonWriter
{
    /// <summary>
    /// Writes the timings of <paramref name="narration"/>; <paramref name="tags"/> (title, publisher, article URL)
    /// are added when given. The synthetic-speech mark is always written, as in the audio files.
    /// </summary>
    public static void Write(INarrationTimeline narration, Stream output, Audio.Encoders.AudioTags? tags = null)
    {
        var about = tags ?? new Audio.Encoders.AudioTags { Voice = narration.Voice.Id };
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteNumber("version", 1);
        json.WriteString("voice", narration.Voice.Id);
        json.WriteString("generator", about.Generator);
        json.WriteString("synthetic", about.SyntheticMark);
        if (about.Title is { } title) json.WriteString("title", title);
        if (about.Artist is { } publisher) json.WriteString("publisher", publisher);
        if (about.ArticleUrl is { } url) json.WriteString("articleUrl", url);
        if (about.Date is { } date) json.WriteString("date", date);
        json.WriteNumber("durationMs", Math.Round(narration.DurationMs));
        json.WriteString("text", narration.Script.Text);
        json.WriteStartArray("blocks");
        foreach (var block in narration.Script.Blocks)
        {
            json.WriteStartObject();
            json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(block.Kind.ToString()));
            WriteSpan(json, block.Span);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("sentences");
        foreach (var sentence in narration.Sentences)
        {
            json.WriteStartObject();
            WriteTimeAndSpan(json, sentence.StartMs, sentence.EndMs, sentence.Source);
            json.WriteString("spoken", sentence.Spoken);
            // Which voice read the sentence and so its words: a passage in another language may have its own.
            json.WriteString("voice", sentence.Voice ?? narration.Voice.Id);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("words");
        foreach (var word in narration.Words)
        {
            json.WriteStartObject();
            json.WriteString("text", word.Spoken);
            WriteTimeAndSpan(json, word.StartMs, word.EndMs, word.Source);
            json.WriteNumber("sentence", word.SentenceIndex);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTimeAndSpan(Utf8JsonWriter json, double startMs, double endMs, Script.TextSpan span)
    {
        json.WriteNumber("startMs", Math.Round(startMs));
        json.WriteNumber("endMs", Math.Round(endMs));
        WriteSpan(json, span);
    }

    private static void WriteSpan(Utf8JsonWriter json, Script.TextSpan span)
    {
        json.WriteNumber("charStart", span.Start);
        json.WriteNumber("charLength", span.Length);
    }
}
