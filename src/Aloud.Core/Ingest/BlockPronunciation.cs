using Aloud.Speech.Phonemes;

namespace Aloud.Ingest;

/// <summary>
/// A pronunciation the source gave for part of a block (an SSML &lt;phoneme&gt;): the characters
/// [<see cref="Start"/>, <see cref="Start"/> + <see cref="Length"/>) of the block's text, and one
/// pronunciation per word said there.
/// </summary>
public sealed record BlockPronunciation(int Start, int Length, IReadOnlyList<Pronunciation> Words);
