namespace Aloud.Speech;

/// <summary>
/// A word as a speech engine reports it: its own spelling (which need not match ours: engines split
/// hyphenated words, drop apostrophes, expand abbreviations) and where it sits in the clip, in milliseconds.
/// </summary>
public readonly record struct EngineWord(string Text, double StartMs, double EndMs);
