using System.Text.RegularExpressions;

namespace Aloud.Ingest;

/// <summary>
/// A header line that counts the story's readers ("Read 2,418 times", "1.2k views", Thai "เปิดอ่าน 2,418 ครั้ง",
/// Indonesian "Dibaca 512 kali", Vietnamese "1.024 lượt xem"), often run into the byline and date: a page counter,
/// never a sentence of the story. Only short lines without a final stop are judged.
/// </summary>
internal static partial class ViewCounterLines
{
    private const int MaxWords = 25;
    private const int MaxChars = 200;

    public static bool IsViewCounter(string text) =>
        text.Length <= MaxChars && TextClean.WordCount(text) <= MaxWords && !SentenceMarks.EndsWithMark(text)
        && TimedPatterns.IsMatch(Counter(), text);

    // A number of reads or views in the wording of each language: the number before or after its label.
    [GeneratedRegex(@"\b(read|viewed|opened) [\d,.]+ times\b|\b[\d,.]+\s?k? (views|reads)\b|\b(views|reads)\s?:\s?[\d,.]+|(เปิดอ่าน|อ่าน|ผู้ชม|เข้าชม)\s?[\d,]+\s?ครั้ง|\bdibaca\s[\d.,]+\s?kali\b|\b[\d.,]+\s?kali dibaca\b|\b[\d.,]+ lượt (xem|đọc)\b|\b\d[\d\s]* просмотр|\bпросмотр(ы|ов)?\s?:?\s?\d|\b[\d.,]+ (visitas|lecturas|visualizações|visualizacoes|leituras|aufrufe|visualizzazioni|lectures|vues)\b|\bokunma( sayısı)?\s?:?\s?[\d.]+|(阅读|閱讀|浏览|瀏覽|조회수?)\s?[:：]?\s?[\d,]+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Counter();
}
