namespace Aloud.Narration;

/// <summary>How far a narration is: sentences synthesised so far, and the audio they make.</summary>
public readonly record struct NarrationProgress(int SentencesDone, int SentencesTotal, double AudioSeconds);
