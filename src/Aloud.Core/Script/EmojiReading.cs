namespace Aloud.Script;

/// <summary>What the narrator does with emoji.</summary>
public enum EmojiReading
{
    /// <summary>Leave them out: in news they are decoration, and a name read aloud interrupts the sentence.</summary>
    Drop,

    /// <summary>Say their short names ("face with tears of joy", "flag of Canada"), from the system's CLDR annotations.</summary>
    Name,
}
