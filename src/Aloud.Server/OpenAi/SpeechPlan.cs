using Aloud.Audio.Encoders;
using Aloud.Ingest;
using Aloud.Jobs;
using Aloud.Script;
using Aloud.Server.Hosting;
using Aloud.Speech;

namespace Aloud.Server.OpenAi;

/// <summary>
/// A checked speech request: the script to speak, the voice and engine, the rate and the output format. Built
/// before the first byte is sent, so every mistake is an OpenAI-shaped 4xx, never a broken stream.
/// </summary>
public sealed record SpeechPlan(Script.Script Script, ISpeechEngine Engine, Voice Voice, SynthesisOptions Options, StreamFormat Format, bool Stream)
{
    /// <summary>Model names accepted: Aloud's own and OpenAI's, all served by the same pipeline.</summary>
    public static readonly string[] Models = ["aloud", "tts-1", "tts-1-hd", "gpt-4o-mini-tts"];

    public static SpeechPlan From(SpeechRequest request, ServerOptions options, CachedEngines engines, Script.Lexicon.PronunciationLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(engines);
        if (string.IsNullOrWhiteSpace(request.Model)) throw new OpenAiError(400, "model is required", "model");
        if (!Models.Contains(request.Model, StringComparer.OrdinalIgnoreCase))
            throw new OpenAiError(400, $"unknown model '{request.Model}': use one of {string.Join(", ", Models)}", "model", "model_not_found");
        if (string.IsNullOrWhiteSpace(request.Input)) throw new OpenAiError(400, "input is required and must not be empty", "input");
        if (request.Input.Length > options.MaxSpeechCharacters)
            throw new OpenAiError(400, $"input is {request.Input.Length} characters; the limit is {options.MaxSpeechCharacters}", "input", "string_above_max_length");
        var format = (request.ResponseFormat ?? "mp3").ToLowerInvariant() switch
        {
            "mp3" => StreamFormat.Mp3,
            "opus" => StreamFormat.OggOpus,
            "wav" => StreamFormat.Wav,
            "pcm" => StreamFormat.Pcm,
            var other => throw new OpenAiError(400, $"response_format '{other}' is not supported: use mp3, opus, wav or pcm", "response_format"),
        };
        var speed = request.Speed ?? 1.0;
        if (double.IsNaN(speed) || speed < 0.25 || speed > 4.0) throw new OpenAiError(400, "speed must be between 0.25 and 4.0", "speed");
        if (request.StreamFormat is { } sf && !string.Equals(sf, "audio", StringComparison.OrdinalIgnoreCase))
            throw new OpenAiError(400, "stream_format must be 'audio' (server-sent events are not supported)", "stream_format");

        var voiceName = request.Voice ?? "alloy";
        var id = options.SpeechVoices.TryGetValue(voiceName, out var mapped) ? mapped : voiceName;
        (ISpeechEngine engine, Voice voice) resolved;
        try
        {
            resolved = engines.Resolve(id);
        }
        catch (ArgumentException e)
        {
            throw new OpenAiError(400, $"unknown voice '{voiceName}': use {string.Join(", ", options.SpeechVoices.Keys.Order(StringComparer.Ordinal))} or an Aloud voice id ({e.Message})", "voice");
        }
        catch (NativeLibraryMissingException e)
        {
            throw new OpenAiError(400, e.Message, "voice");
        }

        var article = PlainTextArticleReader.Read(request.Input);
        var script = new ScriptWriter(new ScriptOptions { ReadHeadline = false, ReadByline = false, ReadDate = false, Lexicon = lexicon }).Write(article);
        if (script.Sentences.Count == 0) throw new OpenAiError(400, "input has nothing to speak", "input");
        // The engines' own range is narrower than OpenAI's; the nearest rate they can do is the best answer.
        var rate = Math.Clamp(speed, SpeechRate.Min, SpeechRate.Max);
        return new SpeechPlan(script, resolved.engine, resolved.voice, new SynthesisOptions(rate), format, request.Stream ?? false);
    }
}
