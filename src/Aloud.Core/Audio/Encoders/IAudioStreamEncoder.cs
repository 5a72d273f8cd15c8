namespace Aloud.Audio.Encoders;

/// <summary>
/// Encodes audio that arrives in pieces (a sentence at a time) into a stream whose length is not known in
/// advance, for streaming HTTP responses (<c>/v1/audio/speech</c> with <c>stream: true</c>). Each piece leaves
/// as soon as it is encoded, so a listener hears the first sentence while the rest is being synthesised.
/// Get one from <see cref="AudioEncoders.OpenStream"/>.
/// </summary>
/// <remarks>
/// Not thread-safe: one writer at a time. Disposing without <see cref="Finish"/> releases the encoder and
/// leaves the output cut short (what a client sees when a request is aborted).
/// </remarks>
public interface IAudioStreamEncoder : IDisposable
{
    /// <summary>
    /// Encodes <paramref name="samples"/> (mono, in [-1, 1], at the rate given when the stream was opened),
    /// writes every complete encoded byte to the output and flushes it. An encoder may hold back a few
    /// milliseconds it cannot encode yet (a partial codec frame, a resampler's taps) until the next call.
    /// </summary>
    /// <exception cref="InvalidOperationException">The stream has finished.</exception>
    void Write(ReadOnlySpan<float> samples);

    /// <summary>
    /// Encodes what is held back, ends the stream (the codec's flush, the Ogg end-of-stream page) and flushes the
    /// output. Calling it again does nothing.
    /// </summary>
    void Finish();
}
