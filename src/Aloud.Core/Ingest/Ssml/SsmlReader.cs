using System.Xml;
using Aloud.Speech.Phonemes;

namespace Aloud.Ingest.Ssml;

/// <summary>
/// Reads the SSML subset we support into plain paragraphs: speak, p, s, break, say-as, sub, phoneme,
/// emphasis, prosody (other elements are read as their text, with a note). The XML reader is locked down:
/// no DTD, no external resources, bounded size and depth. Nothing of the markup reaches an engine: the
/// result is the written text, normalised like any article, with sub and say-as as span overrides (the
/// text keeps what was written, the script says the reading), prosody rates as rate spans and phonemes as
/// pronunciations of the written words.
/// </summary>
public static class SsmlReader
{
    /// <summary>Deeper than any real document; deep nesting is an attack on the reader, not speech.</summary>
    public const int MaxDepth = 32;

    /// <summary>About 4 MB of text: far beyond an article.</summary>
    public const long MaxCharacters = 4_000_000;

    /// <summary>Reads <paramref name="text"/>; a bad or hostile document is a one-line <see cref="AloudInputException"/>.</summary>
    public static SsmlDocument Read(string text, Uri? source = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
            throw new AloudInputException("SSML with a DTD (<!DOCTYPE>) is refused: its entities could expand without limit or read local files");
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "speak")
                throw new AloudInputException($"SSML must start with <speak>, not <{reader.LocalName}>");
            var language = reader.GetAttribute("xml:lang") ?? "en";
            var builder = new SsmlTextBuilder(language);
            while (!reader.EOF)
            {
                if (reader.Depth > MaxDepth)
                    throw new AloudInputException($"SSML nested deeper than {MaxDepth} elements is refused");
                if (!Visit(reader, builder))
                {
                    reader.Read();
                }
            }
            var article = new Article(null, null, null, language, source, builder.Paragraphs);
            return new SsmlDocument(article, builder.Phonemes, builder.Rates, builder.Notes);
        }
        catch (XmlException error)
        {
            throw new AloudInputException($"SSML is not valid XML: {error.Message}", error);
        }
    }

    /// <summary>Handles the node under the reader; true when it already moved the reader past it.</summary>
    private static bool Visit(XmlReader reader, SsmlTextBuilder builder)
    {
        switch (reader.NodeType)
        {
            case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                builder.Append(reader.Value);
                return false;
            case XmlNodeType.EndElement:
                switch (reader.LocalName)
                {
                    case "p":
                        builder.EndParagraph();
                        break;
                    case "s":
                        builder.EndSentence();
                        break;
                    case "prosody":
                        builder.EndProsody();
                        break;
                }
                // After the sentence's stop: it belongs to the passage in that language.
                builder.EndLanguage(reader.Depth);
                return false;
            case XmlNodeType.Element:
                var (depth, empty, lang) = (reader.Depth, reader.IsEmptyElement, reader.LocalName == "speak" ? null : reader.GetAttribute("xml:lang"));
                var consumed = VisitElement(reader, builder);
                if (!consumed && !empty && lang is not null)
                {
                    // p, s, voice, lang (or any element read as its text) in another language, until its end tag.
                    builder.StartLanguage(depth, lang);
                }
                return consumed;
            default:
                return false;
        }
    }

    private static bool VisitElement(XmlReader reader, SsmlTextBuilder builder)
    {
        var name = reader.LocalName;
        switch (name)
        {
            case "speak" or "emphasis" or "voice" or "lang" or "mark" or "audio":
                return false;
            case "p":
                builder.EndParagraph();
                return false;
            case "s":
                builder.EndSentence();
                return false;
            case "break":
                builder.Break(reader.GetAttribute("strength"), reader.GetAttribute("time"));
                return false;
            case "prosody":
                // An empty <prosody/> has no end tag and no text to speak at its rate, but its rate is still checked.
                builder.StartProsody(reader.GetAttribute("rate"));
                if (reader.IsEmptyElement)
                {
                    builder.EndProsody();
                }
                return false;
            case "say-as":
                var interpretAs = reader.GetAttribute("interpret-as") ?? "";
                var format = reader.GetAttribute("format");
                var written = TextOnly(reader, name);
                var spoken = SayAs.Verbalise(interpretAs, format, written, out var known);
                if (known)
                {
                    builder.Say(written, spoken, "say-as");
                }
                else
                {
                    builder.Note($"say-as interpret-as=\"{interpretAs}\" is not supported: read as written");
                    builder.Append(" " + written + " ");
                }
                return true;
            case "sub":
                var alias = reader.GetAttribute("alias")
                    ?? throw new AloudInputException("SSML <sub> needs an alias attribute: the words to say");
                builder.Say(TextOnly(reader, name), alias, "sub");
                return true;
            case "phoneme":
                var ph = reader.GetAttribute("ph") ?? throw new AloudInputException("SSML <phoneme> needs a ph attribute");
                var alphabet = reader.GetAttribute("alphabet");
                var words = PhonemeWords(reader, ph, alphabet);
                var said = TextOnly(reader, name);
                builder.Phoneme(said, alphabet, ph, words);
                return true;
            default:
                builder.Note($"<{name}> is not supported: its text is read as is");
                return false;
        }
    }

    /// <summary>A &lt;phoneme&gt;'s pronunciation, read now so that a symbol we cannot say fails the document, naming its line.</summary>
    private static IReadOnlyList<Pronunciation> PhonemeWords(XmlReader reader, string ph, string? alphabet)
    {
        try
        {
            return Pronunciation.ParseWords(ph, alphabet);
        }
        catch (PronunciationException error)
        {
            var line = reader is IXmlLineInfo info && info.HasLineInfo() ? $" on line {info.LineNumber}" : "";
            throw new AloudInputException($"SSML <phoneme ph=\"{ph}\">{line}: {error.Message}", error);
        }
    }

    /// <summary>The text content of a leaf element (say-as, sub, phoneme), moving past it.</summary>
    private static string TextOnly(XmlReader reader, string name)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }
        try
        {
            return reader.ReadElementContentAsString();
        }
        catch (Exception error) when (error is InvalidOperationException or XmlException)
        {
            throw new AloudInputException($"SSML <{name}> may hold only text, not other elements", error);
        }
    }
}
