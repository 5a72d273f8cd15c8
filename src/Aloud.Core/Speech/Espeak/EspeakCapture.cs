using System.Runtime.InteropServices;

namespace Aloud.Speech.Espeak;

/// <summary>What eSpeak's callback delivered for one synthesis: the 16-bit samples and the word events.</summary>
internal sealed class EspeakCapture
{
    private readonly List<short> _samples = [];

    /// <summary>The samples, in order.</summary>
    public ReadOnlySpan<short> Samples => CollectionsMarshal.AsSpan(_samples);

    /// <summary>The WORD events with a non-zero length, in order.</summary>
    public List<EspeakWordEvent> Words { get; } = [];

    /// <summary>An exception thrown inside the callback, which aborted the synthesis.</summary>
    public Exception? Failure { get; set; }

    public unsafe void Add(short* wav, int count, EspeakEvent* events)
    {
        if (wav != null && count > 0)
        {
            _samples.AddRange(new ReadOnlySpan<short>(wav, count));
        }

        for (var e = events; e != null && e->Type != EspeakEvent.ListTerminated; e++)
        {
            // Each clause end brings an extra WORD event of length 0 that is no word at all.
            if (e->Type == EspeakEvent.Word && e->Length > 0)
            {
                Words.Add(new EspeakWordEvent(e->TextPosition, e->Length, e->AudioPosition));
            }
        }
    }
}

/// <summary>A WORD event: where the word starts in our text (1-based characters) and in the audio (ms).</summary>
internal readonly record struct EspeakWordEvent(int TextPosition, int Length, int AudioMs);
