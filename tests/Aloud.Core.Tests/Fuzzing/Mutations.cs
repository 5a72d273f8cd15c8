using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Aloud.Tests.Fuzzing;

/// <summary>
/// FsCheck generators of hostile text: a seed (a test fixture) changed by a few random edits, or a string
/// built from scratch out of the tokens parsers trip on. The edits are the ones that found bugs before in
/// parsers like ours: markup and entity fragments, control characters and lone surrogates, huge numbers,
/// repeats (long words, long lines), deep nesting, truncation and splicing two inputs together.
/// </summary>
internal static class Mutations
{
    /// <summary>No input grows past this: the limits under test are the readers', not the machine's.</summary>
    public const int MaxLength = 200_000;

    private static readonly string[] Tokens =
    [
        "<", ">", "/>", "</", "&", "&amp;", "&#0;", "&#x0;", "&#1114112;", "&#x10FFFF;", "&#xD800;", "&bogus;", "&lt;", ";",
        "<!DOCTYPE r [<!ENTITY a \"aaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>", "&a;", "&b;",
        "<!DOCTYPE r SYSTEM \"file:///etc/passwd\">", "<!ENTITY x SYSTEM \"http://127.0.0.1/\">", "<?xml version=\"1.0\"?>",
        "<![CDATA[", "]]>", "<!--", "-->", "<?php", "?>", "\"", "'", "=", "xmlns=\"\"", "xmlns:x=\"urn:x\"", "x:",
        "<p>", "</p>", "<div>", "</div>", "<b>", "<script>", "</script>", "<style>", "<template>", "<svg>", "<math>", "<table><tr><td>",
        "<br/>", "<break time=\"99999999s\"/>", "<prosody rate=\"-5%\">", "<say-as interpret-as=\"date\" format=\"ymd\">", "<sub alias=\"\">",
        "<phoneme alphabet=\"ipa\" ph=\"ˈ\">", "</speak>", "<speak>", "<item>", "</item>", "<entry>", "<title>", "<description>",
        "{", "}", "[", "]", ":", ",", "null", "true", "false", "\"items\":", "\"version\":", "\"entries\":", "\\u0000", "\\ud800", "\\", "1e309", "-1",
        "\0", "\u0001", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u00a0", "\u00ad", "\u200b", "\u200d", "\u2028", "\u202e", "\ufeff", "\ufffd", "\uffff",
        "\ud800", "\udfff", "\ud83d\ude00", "\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67", "\u0301\u0301\u0301", "İ", "ß", "ﬁ", "Ω", "中文", "العربية",
        "0", "9", "007", "99999999999999999999999999999999", "1,000,000,000,000,000,000", "3.14159265358979323846", "-0", "1/0", "½", "²",
        "$1.5bn", "£", "€3,5", "%", "12:30", "25:99", "2025-10-04T06:30:00-07:00", "9999-99-99", "1/2/3/4", "No. 7", "MCMXCIX", "IIIIIIIIII",
        "Mr.", "U.S.", "e.g.", "...", "?!", "f***", "#", "@", "http://", "https://a.b/c?d=e#f", "www.", ".com", "+1 (555) 010-0000",
        "\n", "\r\n", "\r", "\t", " ", "  ", "\n\n",
    ];

    /// <summary>Mostly mutated seeds, sometimes a string from scratch or a seed as it is (so valid paths are reached too).</summary>
    public static Gen<string> Text(IReadOnlyList<string> seeds) =>
        Gen.Frequency((1, Scratch()), (1, Gen.Elements(seeds.ToArray())), (6, Mutated(seeds)));

    /// <summary>As <see cref="Text"/>, then encoded (UTF-8, UTF-16 or Latin-1, with or without a BOM) and a few bytes flipped.</summary>
    public static Gen<byte[]> Bytes(IReadOnlyList<string> seeds) =>
        from text in Text(seeds)
        from encoding in Gen.Choose(0, 4)
        from count in Gen.Choose(0, 3)
        from flips in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, 1_000_000), Gen.Choose(0, 255)), count)
        select Flip(Encode(text, encoding), flips);

    /// <summary>Binary seeds changed a few bytes and words at a time (for the clip cache's timings file).</summary>
    public static Gen<byte[]> Binary(IReadOnlyList<byte[]> seeds) =>
        from seed in Gen.Elements(seeds.ToArray())
        from edits in Gen.Choose(1, 6)
        from ops in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, 5), Gen.Choose(0, 1_000_000)).SelectMany(p => Gen.Elements(BoundaryInts).Select(v => (p.Item1, p.Item2, v))), edits)
        select ops.Aggregate(seed, ApplyBinary);

    private static readonly int[] BoundaryInts = [0, 1, -1, 2, 20, 255, 0x7fff, 0xffff, int.MaxValue, int.MinValue, int.MaxValue / 20, int.MaxValue / 4, 48_000, 0x7fc00000];

    private static Gen<string> Scratch() =>
        Gen.ListOf(Gen.Frequency((5, Gen.Elements(Tokens)), (2, Word()), (1, RandomChar().Select(c => c.ToString()))))
            .Select(parts => Cap(string.Concat(parts)));

    private static Gen<string> Word() =>
        Gen.Choose(1, 12).SelectMany(n => Gen.ArrayOf(Gen.Choose('a', 'z').Select(c => (char)c), n)).Select(cs => new string(cs));

    /// <summary>Any UTF-16 code unit, surrogates and controls included, biased to ASCII.</summary>
    private static Gen<char> RandomChar() =>
        Gen.Frequency((4, Gen.Choose(0x20, 0x7e)), (1, Gen.Choose(0, 0x1f)), (2, Gen.Choose(0x80, 0xffff))).Select(c => (char)c);

    private static Gen<string> Mutated(IReadOnlyList<string> seeds) =>
        from seed in Gen.Elements(seeds.ToArray())
        from other in Gen.Elements(seeds.ToArray())
        from count in Gen.Choose(1, 8)
        from edits in Gen.ArrayOf(Edit(), count)
        select Cap(edits.Aggregate(seed, (text, edit) => edit(text, other)));

    /// <summary>One edit; positions are fractions of the current length so they work on any seed.</summary>
    private static Gen<Func<string, string, string>> Edit() =>
        from kind in Gen.Frequency((5, Gen.Constant(0)), (2, Gen.Constant(1)), (2, Gen.Constant(2)), (2, Gen.Constant(3)), (1, Gen.Constant(4)), (1, Gen.Constant(5)), (1, Gen.Constant(6)), (1, Gen.Constant(7)))
        from at in Gen.Choose(0, 1_000_000)
        from span in Gen.Frequency((4, Gen.Choose(1, 16)), (2, Gen.Choose(16, 400)), (1, Gen.Choose(400, 20_000)))
        from times in Gen.Frequency((4, Gen.Choose(2, 10)), (2, Gen.Choose(10, 1000)), (1, Gen.Choose(1000, 50_000)))
        from token in Gen.Elements(Tokens)
        from c in RandomChar()
        select (Func<string, string, string>)((text, other) => kind switch
        {
            0 => text.Insert(Pos(text, at), token),
            1 => Delete(text, Pos(text, at), span),
            2 => Repeat(text, Pos(text, at), Math.Min(span, 64), times),
            3 => text.Length == 0 ? c.ToString() : text.Remove(Pos(text, at) % text.Length, 1).Insert(Pos(text, at) % text.Length, c.ToString()),
            4 => text[..Pos(text, at)] + other[Pos(other, (at * 7) % 1_000_001)..],
            5 => Nest(text, Pos(text, at), token, times),
            6 => text[..Pos(text, at)],
            _ => text.Insert(Pos(text, at), string.Concat(Enumerable.Repeat(token, Math.Min(times, 5000)))),
        });

    private static int Pos(string text, int fraction) => (int)((long)text.Length * fraction / 1_000_000);

    private static string Delete(string text, int at, int length) => text.Remove(at, Math.Min(length, text.Length - at));

    private static string Repeat(string text, int at, int length, int times)
    {
        length = Math.Min(length, text.Length - at);
        if (length <= 0) return text;
        times = Math.Min(times, MaxLength / length);
        var piece = text.Substring(at, length);
        return text.Insert(at, string.Concat(Enumerable.Repeat(piece, times)));
    }

    /// <summary>Wraps the text from <paramref name="at"/> in <paramref name="depth"/> copies of an element (or of a JSON bracket).</summary>
    private static string Nest(string text, int at, string token, int depth)
    {
        var (open, close) = token switch
        {
            "{" or "}" => ("{\"a\":", "}"),
            "[" or "]" => ("[", "]"),
            _ => ("<b>", "</b>"),
        };
        depth = Math.Min(depth, MaxLength / (open.Length + close.Length));
        var builder = new StringBuilder(text.Length + depth * (open.Length + close.Length));
        builder.Append(text, 0, at);
        for (var i = 0; i < depth; i++) builder.Append(open);
        builder.Append(text, at, text.Length - at);
        for (var i = 0; i < depth; i++) builder.Append(close);
        return builder.ToString();
    }

    private static string Cap(string text) => text.Length <= MaxLength ? text : text[..MaxLength];

    private static byte[] Encode(string text, int encoding) => encoding switch
    {
        0 => Encoding.UTF8.GetBytes(text),
        1 => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        2 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        3 => Encoding.Latin1.GetBytes(text),
        _ => Encoding.BigEndianUnicode.GetBytes(text),
    };

    private static byte[] Flip(byte[] bytes, IEnumerable<(int At, int Value)> flips)
    {
        foreach (var (at, value) in flips)
        {
            if (bytes.Length > 0) bytes[(int)((long)bytes.Length * at / 1_000_001)] = (byte)value;
        }
        return bytes;
    }

    private static byte[] ApplyBinary(byte[] bytes, (int Kind, int At, int Value) op)
    {
        var copy = bytes.ToArray();
        var at = copy.Length == 0 ? 0 : (int)((long)copy.Length * op.At / 1_000_001);
        switch (op.Kind)
        {
            case 0 when copy.Length > 0:
                copy[at] = (byte)op.Value;
                return copy;
            case 1 when copy.Length >= 16:
                // Overwrite one of the header's int fields (rate, words, samples) with a boundary value.
                System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(copy.AsSpan(4 + (4 * (op.At % 3))), op.Value);
                return copy;
            case 2 when copy.Length >= 4 && at <= copy.Length - 4:
                System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(copy.AsSpan(at), op.Value);
                return copy;
            case 3:
                return copy[..at];
            case 4 when copy.Length >= 8 && at <= copy.Length - 8:
                System.Buffers.Binary.BinaryPrimitives.WriteDoubleLittleEndian(copy.AsSpan(at), op.Value switch { 0 => double.NaN, 1 => double.PositiveInfinity, -1 => double.NegativeInfinity, _ => op.Value * 1e300 });
                return copy;
            default:
                return [.. copy, .. new byte[Math.Min(Math.Abs(op.Value % 4096), 4096)]];
        }
    }
}
