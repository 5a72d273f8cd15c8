using System.Globalization;

namespace Aloud.Narration;

/// <summary>WebVTT captions, one cue per sentence, showing the sentence as written in the article.</summary>
public static class WebVttWriter
{
    public static void Write(INarrationTimeline narration, TextWriter output)
    {
        output.Write("WEBVTT\n\n");
        foreach (var sentence in narration.Sentences)
        {
            var text = narration.Script.Text.Substring(sentence.Source.Start, sentence.Source.Length);
            // A blank line would end the cue early, and "-->" inside a cue is not allowed.
            text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace("-->", "->");
            output.Write($"{sentence.Index + 1}\n{Stamp(sentence.StartMs)} --> {Stamp(sentence.EndMs)}\n{text}\n\n");
        }
    }

    private static string Stamp(double ms)
    {
        var time = TimeSpan.FromMilliseconds(Math.Round(ms));
        return string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00}.{time.Milliseconds:000}");
    }
}
