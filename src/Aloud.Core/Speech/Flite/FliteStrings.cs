using System.Runtime.InteropServices;

namespace Aloud.Speech.Flite;

/// <summary>
/// The C strings we hand Flite, allocated once and never freed: Flite's feature tables keep the name
/// pointers they are given (they expect string literals), so these must outlive every utterance.
/// </summary>
internal static class FliteStrings
{
    public static readonly IntPtr WordRelation = Allocate("Word");
    public static readonly IntPtr Name = Allocate("name");
    public static readonly IntPtr DurationStretch = Allocate("duration_stretch");
    public static readonly IntPtr TokenRelation = Allocate("Token");
    public static readonly IntPtr SegmentRelation = Allocate("Segment");
    public static readonly IntPtr Phones = Allocate("phones");
    public static readonly IntPtr FilePos = Allocate("file_pos");

    // The segment before the word's first segment: its end is the word's start (engines.md, measured).
    public static readonly IntPtr SegmentBeforeWord = Allocate("R:SylStructure.daughter1.daughter1.R:Segment.p");
    public static readonly IntPtr WordStartPath = Allocate("R:SylStructure.daughter1.daughter1.R:Segment.p.end");

    // The word's last segment: its end is the word's end.
    public static readonly IntPtr LastSegmentOfWord = Allocate("R:SylStructure.daughtern.daughtern.R:Segment");
    public static readonly IntPtr WordEndPath = Allocate("R:SylStructure.daughtern.daughtern.R:Segment.end");

    private static IntPtr Allocate(string text) => Marshal.StringToCoTaskMemUTF8(text);
}
