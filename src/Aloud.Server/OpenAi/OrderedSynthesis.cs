using System.Runtime.CompilerServices;
using Aloud.Script;
using Aloud.Speech;

namespace Aloud.Server.OpenAi;

/// <summary>
/// Synthesises a script's sentences in parallel but hands them out in order, never more than a few ahead of
/// the one being sent: the first sentence leaves as soon as it is ready, and a long input does not pile up
/// in memory while a slow client reads.
/// </summary>
public static class OrderedSynthesis
{
    public static async IAsyncEnumerable<(ScriptSentence Sentence, Clip Clip)> InOrder(
        ISpeechEngine engine, Voice voice, SynthesisOptions options, IReadOnlyList<ScriptSentence> sentences, [EnumeratorCancellation] CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(sentences);
        var window = Math.Max(1, engine.MaxParallelism);
        // Names the engine would spell letter by letter are respelled first, as in an article's narration.
        var respeller = engine is ISpellingProbe probe ? new NameRespeller(probe) : null;
        var running = new Task<Clip>?[sentences.Count];
        var started = 0;
        for (var next = 0; next < sentences.Count; next++)
        {
            while (started < sentences.Count && started < next + window)
            {
                var sentence = sentences[started];
                var rate = sentence.Rate == 1.0 ? options : options with { Rate = Math.Clamp(options.Rate * sentence.Rate, SpeechRate.Min, SpeechRate.Max) };
                running[started++] = Task.Run(() => engine.Synthesize(respeller?.Apply(sentence.ToSpeech(), voice) ?? sentence.ToSpeech(), voice, rate), token);
            }
            var clip = await running[next]!.ConfigureAwait(false);
            running[next] = null;
            yield return (sentences[next], clip);
        }
    }
}
