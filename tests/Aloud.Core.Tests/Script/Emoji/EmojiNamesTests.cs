using System.Diagnostics;
using Aloud.Script.Emoji;

namespace Aloud.Tests.Script.Emoji;

/// <summary>The CLDR annotations: loaded from the system, and refused clearly when missing or hostile.</summary>
public sealed class EmojiNamesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aloud-cldr-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void WriteAnnotations(string folder, string xml)
    {
        Directory.CreateDirectory(Path.Combine(_folder, "common", folder));
        File.WriteAllText(Path.Combine(_folder, "common", folder, "en.xml"), xml);
    }

    [Fact]
    public void The_system_annotations_name_thousands_of_emoji_without_selectors()
    {
        var names = EmojiNames.Load(EmojiNames.SystemDirectory);
        Assert.True(names.Count > 3000, $"only {names.Count} names");
        Assert.Equal("face with tears of joy", names.NameOf("😂"));
        Assert.Equal("red heart", names.NameOf("❤"));
        Assert.Equal("flag: Canada", names.NameOf("🇨🇦"));
        Assert.Equal("family: man, woman, boy", names.NameOf("👨\u200D👩\u200D👦"));
        Assert.Null(names.NameOf("❤\uFE0F"));
    }

    [Fact]
    public void Missing_annotations_name_the_package_that_installs_them()
    {
        var error = Assert.Throws<EmojiNamesUnavailableException>(() => EmojiNames.Load(_folder));
        Assert.Contains("apt-get install unicode-cldr-core", error.Message);
        Assert.Contains(Path.Combine(_folder, "common", "annotations", "en.xml"), error.Message);
    }

    [Fact]
    public void A_broken_file_is_a_clear_error()
    {
        WriteAnnotations("annotations", "<ldml><annotations><annotation cp=\"😂\" type=\"tts\">joy");
        var error = Assert.Throws<EmojiNamesUnavailableException>(() => EmojiNames.Load(_folder));
        Assert.Contains("could not be read", error.Message);
    }

    [Fact]
    public void The_document_type_is_not_processed_so_entities_neither_expand_nor_reach_out()
    {
        const string header = "<?xml version=\"1.0\"?>\n<!DOCTYPE ldml [\n<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
            + "<!ENTITY d SYSTEM \"file:///etc/passwd\">\n]>\n";
        WriteAnnotations("annotations", header + "<ldml><annotations><annotation cp=\"😂\" type=\"tts\">&c;&d;</annotation></annotations></ldml>");
        WriteAnnotations("annotationsDerived", "<ldml><annotations/></ldml>");
        var clock = Stopwatch.StartNew();
        var error = Record.Exception(() => EmojiNames.Load(_folder));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
        Assert.IsType<EmojiNamesUnavailableException>(error);
    }

    [Fact]
    public void Hand_written_names_win_over_derived_ones_and_only_tts_names_count()
    {
        WriteAnnotations("annotations", "<ldml><annotations><annotation cp=\"😂\">joy | laugh</annotation><annotation cp=\"😂\" type=\"tts\">joyful face</annotation></annotations></ldml>");
        WriteAnnotations("annotationsDerived", "<ldml><annotations><annotation cp=\"😂\" type=\"tts\">other</annotation><annotation cp=\"👍🏽\" type=\"tts\">thumbs up: medium skin tone</annotation></annotations></ldml>");
        var names = EmojiNames.Load(_folder);
        Assert.Equal(2, names.Count);
        Assert.Equal("joyful face", names.NameOf("😂"));
        Assert.Equal("thumbs up: medium skin tone", names.NameOf("👍🏽"));
    }
}
