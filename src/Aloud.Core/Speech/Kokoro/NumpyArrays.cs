using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Aloud.Speech.Kokoro;

/// <summary>A float32 array read from a .npy file: its shape and its values in C (row-major) order.</summary>
public sealed record FloatArray(IReadOnlyList<int> Shape, float[] Values);

/// <summary>
/// A small, strict reader of NumPy's .npy (format 1.x, 2.x, 3.x) and .npz (a zip of .npy files, stored or
/// deflated) for the one kind of array Kokoro's voices file holds: little-endian float32 in C order. Anything
/// else (another dtype, Fortran order, a pickled object, a header or data cut short) is refused with one line
/// naming the file and what is wrong, so a broken voices file fails at install, never mid-narration.
/// </summary>
public static partial class NumpyArrays
{
    private static readonly byte[] Magic = [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    /// <summary>Largest array accepted: Kokoro's are 510x1x256 (130,560 values); a limit keeps a hostile header from allocating gigabytes.</summary>
    private const long MaxValues = 64L * 1024 * 1024;

    [GeneratedRegex(@"^\{\s*'descr'\s*:\s*'(?<descr>[^']*)'\s*,\s*'fortran_order'\s*:\s*(?<fortran>True|False)\s*,\s*'shape'\s*:\s*\((?<shape>[0-9,\s]*)\)\s*,?\s*\}\s*$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Header();

    /// <summary>The names of the arrays in a .npz (without ".npy"), in the archive's order, reading only its directory.</summary>
    /// <exception cref="VoiceFileException">The file is not a zip (or is cut short).</exception>
    public static IReadOnlyList<string> NpzNames(string path)
    {
        using var zip = OpenZip(path);
        return zip.Entries.Where(e => e.FullName.EndsWith(".npy", StringComparison.Ordinal)).Select(e => e.FullName[..^4]).ToList();
    }

    /// <summary>Every array of a .npz, by name.</summary>
    public static IReadOnlyDictionary<string, FloatArray> ReadNpz(string path)
    {
        using var zip = OpenZip(path);
        var arrays = new Dictionary<string, FloatArray>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".npy", StringComparison.Ordinal)))
        {
            arrays[entry.FullName[..^4]] = ReadNpy(EntryBytes(path, entry), $"{path}:{entry.FullName}");
        }

        return arrays;
    }

    /// <summary>One array of a .npz as its .npy bytes (to keep as a file of its own), checked to read.</summary>
    public static byte[] NpzMemberBytes(string path, string name)
    {
        using var zip = OpenZip(path);
        var entry = zip.GetEntry(name + ".npy") ?? throw new VoiceFileException($"{path} has no array '{name}'");
        var bytes = EntryBytes(path, entry);
        _ = ReadNpy(bytes, $"{path}:{entry.FullName}");
        return bytes;
    }

    /// <summary>Reads a .npy file.</summary>
    public static FloatArray ReadNpy(string path)
    {
        try
        {
            return ReadNpy(File.ReadAllBytes(path), path);
        }
        catch (IOException e)
        {
            throw new VoiceFileException($"{path} does not read: {e.Message}", e);
        }
    }

    /// <summary>Reads .npy bytes; <paramref name="where"/> names them in errors.</summary>
    public static FloatArray ReadNpy(ReadOnlySpan<byte> bytes, string where)
    {
        if (bytes.Length < 10 || !bytes[..6].SequenceEqual(Magic))
        {
            throw new VoiceFileException($"{where} is not a NumPy .npy array (no \\x93NUMPY magic)");
        }

        int headerLength, headerStart;
        var major = bytes[6];
        switch (major)
        {
            case 1:
                headerLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..]);
                headerStart = 10;
                break;
            case 2 or 3 when bytes.Length >= 12:
                var length = BinaryPrimitives.ReadUInt32LittleEndian(bytes[8..]);
                headerLength = length <= int.MaxValue ? (int)length : int.MaxValue;
                headerStart = 12;
                break;
            default:
                throw new VoiceFileException($"{where}: .npy format version {major} is not one this reader knows (1, 2 or 3)");
        }

        if ((long)headerStart + headerLength > bytes.Length)
        {
            throw new VoiceFileException($"{where} is cut short: its header runs past the end of the file");
        }

        var header = (major == 3 ? Encoding.UTF8 : Encoding.Latin1).GetString(bytes.Slice(headerStart, headerLength)).TrimEnd(' ', '\n', '\0');
        var match = Header().Match(header);
        if (!match.Success)
        {
            throw new VoiceFileException($"{where}: the .npy header is not a plain array description ({Short(header)})");
        }

        var descr = match.Groups["descr"].Value;
        if (descr is not ("<f4" or "float32"))
        {
            throw new VoiceFileException($"{where}: the array is '{descr}', only little-endian float32 ('<f4') is read");
        }

        if (match.Groups["fortran"].Value == "True")
        {
            throw new VoiceFileException($"{where}: the array is in Fortran order, only C order is read");
        }

        var shape = new List<int>();
        long count = 1;
        foreach (var dim in match.Groups["shape"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(dim, NumberStyles.None, CultureInfo.InvariantCulture, out var d) || (count *= d) > MaxValues)
            {
                throw new VoiceFileException($"{where}: the array's shape ({match.Groups["shape"].Value}) is larger than a voice file's arrays can be");
            }

            shape.Add(d);
        }

        var data = bytes[(headerStart + headerLength)..];
        if (data.Length != count * sizeof(float))
        {
            throw new VoiceFileException($"{where}: the shape ({string.Join(", ", shape)}) needs {count * sizeof(float)} bytes of data but the file has {data.Length} (cut short?)");
        }

        var values = new float[count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(data[(i * sizeof(float))..]);
        }

        return new FloatArray(shape, values);
    }

    private static ZipArchive OpenZip(string path)
    {
        if (!File.Exists(path))
        {
            throw new VoiceFileException($"the voices file {path} does not exist");
        }

        try
        {
            return ZipFile.OpenRead(path);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new VoiceFileException($"{path} is not a NumPy .npz (a zip of .npy arrays) or is cut short: {e.Message}", e);
        }
    }

    private static byte[] EntryBytes(string path, ZipArchiveEntry entry)
    {
        if (entry.Length > MaxValues * sizeof(float) + 4096)
        {
            throw new VoiceFileException($"{path}: the array {entry.FullName} is larger than a voice file's arrays can be");
        }

        try
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream((int)entry.Length);
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new VoiceFileException($"{path}: the array {entry.FullName} does not decompress (a damaged or truncated file): {e.Message}", e);
        }
    }

    private static string Short(string text) => text.Length <= 80 ? text : text[..80] + "...";
}
