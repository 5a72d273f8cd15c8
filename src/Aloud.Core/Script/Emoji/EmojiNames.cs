using System.Collections.Frozen;
using System.Xml;

namespace Aloud.Script.Emoji;

/// <summary>
/// The CLDR English short names of emoji (the "tts" annotations: "face with tears of joy", "flag: Canada"),
/// read from the system's CLDR files (Debian <c>unicode-cldr-core</c>) the first time a name is needed, once
/// per process. Keys are emoji without presentation selectors, as CLDR writes them.
/// </summary>
internal sealed class EmojiNames
{
    /// <summary>The environment variable naming a CLDR folder to use instead of the system's (for a newer CLDR, or tests).</summary>
    public const string DirectoryVariable = "ALOUD_CLDR_DIR";

    /// <summary>Where <c>unicode-cldr-core</c> installs CLDR.</summary>
    public const string SystemDirectory = "/usr/share/unicode/cldr";

    /// <summary>Both files together are under a megabyte; a file far larger is not CLDR annotations.</summary>
    private const long MaxFileCharacters = 16 * 1024 * 1024;

    private static readonly Lazy<EmojiNames> SharedNames = new(() => Load(Directory), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, string> _names;

    private EmojiNames(FrozenDictionary<string, string> names) => _names = names;

    /// <summary>The CLDR folder in use: <see cref="DirectoryVariable"/> when set, else <see cref="SystemDirectory"/>.</summary>
    public static string Directory =>
        Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } directory ? directory : SystemDirectory;

    /// <summary>The names from <see cref="Directory"/>, loaded on first use; throws <see cref="EmojiNamesUnavailableException"/> when they cannot be.</summary>
    public static EmojiNames Shared => SharedNames.Value;

    public int Count => _names.Count;

    /// <summary>The short name of <paramref name="emoji"/> (without selectors), or null when CLDR has none.</summary>
    public string? NameOf(string emoji) => _names.GetValueOrDefault(emoji);

    /// <summary>Reads <c>common/annotations/en.xml</c> and <c>common/annotationsDerived/en.xml</c> under <paramref name="cldrDirectory"/>.</summary>
    public static EmojiNames Load(string cldrDirectory)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in new[] { "annotations", "annotationsDerived" })
        {
            var path = Path.Combine(cldrDirectory, "common", folder, "en.xml");
            if (!File.Exists(path))
            {
                throw new EmojiNamesUnavailableException(
                    $"emoji names need the CLDR annotations, and {path} is missing: run 'sudo apt-get install {EmojiNamesUnavailableException.DebianPackage}' "
                    + "(or ./aloud, which installs it), or leave emoji silent");
            }
            ReadInto(path, names);
        }
        return new EmojiNames(names.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Adds the tts annotations of one file; an earlier file wins, so hand-written names beat derived ones.</summary>
    private static void ReadInto(string path, Dictionary<string, string> names)
    {
        // The files name a DTD; it is neither fetched nor processed, and no entity can expand.
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            // Zero would mean no limit; only the five predefined entities (&amp; ...) can occur here anyway.
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = MaxFileCharacters,
            IgnoreComments = true,
        };
        try
        {
            using var reader = XmlReader.Create(path, settings);
            reader.MoveToContent();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "annotation"
                    || reader.GetAttribute("type") != "tts" || reader.GetAttribute("cp") is not { Length: > 0 } emoji)
                {
                    reader.Read();
                    continue;
                }
                // Reading the content moves past the element, onto whatever follows it (maybe the next annotation).
                var name = reader.ReadElementContentAsString().Trim();
                if (name.Length > 0)
                {
                    names.TryAdd(EmojiText.WithoutSelectors(emoji), name);
                }
            }
        }
        catch (Exception error) when (error is XmlException or IOException or UnauthorizedAccessException)
        {
            throw new EmojiNamesUnavailableException($"the CLDR emoji names in {path} could not be read: {error.Message}", error);
        }
    }
}
