using System.Text.Json;
using Aloud.Audio;
using Aloud.Audio.Encoders;
using Aloud.Jobs;
using Aloud.Narration;
using Aloud.Server.Hosting;
using Aloud.Server.OpenAi;
using Aloud.Server.Security;
using Microsoft.Extensions.Options;

namespace Aloud.Server.Endpoints;

/// <summary>
/// The OpenAI-compatible speech API: POST /v1/audio/speech (model, input, voice, response_format, speed,
/// stream) and GET /v1/models. With stream, audio leaves sentence by sentence, levelled as it goes; without,
/// the whole text is loudness-normalised like an article. Errors come in OpenAI's shape, before any audio.
/// </summary>
public static class SpeechEndpoints
{
    public static WebApplication MapSpeech(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/v1").WithTags("OpenAI-compatible speech").RequireRateLimiting(SecurityServices.PerKeyPolicy);
        group.MapPost("/audio/speech", Speak).WithSummary("Text to speech (OpenAI's contract); stream: true sends audio as each sentence is ready.");
        group.MapGet("/models", async (HttpContext context, ApiKeyAuthenticator keys) =>
            await Denied(context, keys).ConfigureAwait(false) is { } denied ? denied.ToResult()
                : Results.Ok(new { @object = "list", data = SpeechPlan.Models.Select(m => new { id = m, @object = "model", created = 1767225600, owned_by = "aloud" }) }))
            .WithSummary("The model names /v1/audio/speech accepts.");
        return app;
    }

    private static async Task Speak(HttpContext context, ApiKeyAuthenticator keys, CachedEngines engines, LexiconSource lexicon, IOptions<ServerOptions> options)
    {
        SpeechPlan plan;
        try
        {
            if (await Denied(context, keys).ConfigureAwait(false) is { } denied) throw denied;
            var request = await ReadRequestAsync(context).ConfigureAwait(false);
            plan = SpeechPlan.From(request, options.Value, engines, await lexicon.GetAsync(context.RequestAborted).ConfigureAwait(false));
        }
        catch (OpenAiError e)
        {
            await e.ToResult().ExecuteAsync(context).ConfigureAwait(false);
            return;
        }
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Aloud-Voice"] = plan.Voice.Id;
        if (plan.Stream) await StreamAsync(context, plan).ConfigureAwait(false);
        else await WholeAsync(context, plan).ConfigureAwait(false);
    }

    private static async Task<SpeechRequest> ReadRequestAsync(HttpContext context)
    {
        if (!(context.Request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) ?? false))
            throw new OpenAiError(415, "the body must be JSON (Content-Type: application/json)");
        try
        {
            return await JsonSerializer.DeserializeAsync<SpeechRequest>(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false)
                ?? throw new OpenAiError(400, "the body must be a JSON object");
        }
        catch (JsonException e)
        {
            throw new OpenAiError(400, "the body is not valid JSON: " + e.Message);
        }
        catch (BadHttpRequestException e)
        {
            throw new OpenAiError(e.StatusCode, e.Message);
        }
    }

    /// <summary>Streams: each sentence levelled and encoded as soon as it (and those before it) are synthesised.</summary>
    private static async Task StreamAsync(HttpContext context, SpeechPlan plan)
    {
        var token = context.RequestAborted;
        context.Response.ContentType = AudioEncoders.ContentType(plan.Format);
        await context.Response.StartAsync(token).ConfigureAwait(false);
        var pauses = new PausePlan();
        var rate = plan.Voice.SampleRate;
        var leveler = new StreamingLoudnessLeveler(rate);
        // Encoders write synchronously; the response body stream allows that only through this adapter's buffer.
        await using var body = new SynchronousResponseStream(context.Response.Body);
        using var encoder = AudioEncoders.OpenStream(plan.Format, rate, body, new AudioTags { Voice = plan.Voice.Id });
        var sentences = plan.Script.Sentences;
        var first = true;
        await foreach (var (sentence, clip) in OrderedSynthesis.InOrder(plan.Engine, plan.Voice, plan.Options, sentences, token).ConfigureAwait(false))
        {
            var lead = first ? Silence(pauses.LeadIn, rate) : [];
            var levelled = leveler.Level(clip.Samples);
            var after = Silence(ReferenceEquals(sentence, sentences[^1]) ? pauses.TailOut : pauses.After(sentence), rate);
            encoder.Write(lead);
            encoder.Write(levelled);
            encoder.Write(after);
            await body.SendAsync(token).ConfigureAwait(false);
            first = false;
        }
        encoder.Finish();
        await body.SendAsync(token).ConfigureAwait(false);
    }

    /// <summary>Whole: narrated like an article (loudness over the whole text), sent with its length.</summary>
    private static async Task WholeAsync(HttpContext context, SpeechPlan plan)
    {
        var narration = await Task.Run(() => new Narrator(plan.Engine, plan.Voice, plan.Options).Narrate(plan.Script, null, context.RequestAborted)).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var tags = new AudioTags { Voice = plan.Voice.Id };
        switch (plan.Format)
        {
            case StreamFormat.Mp3: AudioEncoders.ForFormat(AudioFormat.Mp3).Encode(narration.Audio, buffer, tags); break;
            case StreamFormat.OggOpus: AudioEncoders.ForFormat(AudioFormat.OggOpus).Encode(narration.Audio, buffer, tags); break;
            case StreamFormat.Wav: AudioEncoders.ForFormat(AudioFormat.Wav).Encode(narration.Audio, buffer, tags); break;
            default:
                using (var pcm = AudioEncoders.OpenStream(StreamFormat.Pcm, narration.Audio.SampleRate, buffer))
                {
                    pcm.Write(narration.Audio.Samples);
                    pcm.Finish();
                }
                break;
        }
        context.Response.ContentType = AudioEncoders.ContentType(plan.Format);
        context.Response.ContentLength = buffer.Length;
        await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted).ConfigureAwait(false);
    }

    private static float[] Silence(double ms, int sampleRate) => new float[(int)(ms * sampleRate / 1000)];

    /// <summary>The API key check in OpenAI's error shape (401 invalid_api_key), or null when the key is good.</summary>
    private static async Task<OpenAiError?> Denied(HttpContext context, ApiKeyAuthenticator keys)
    {
        var check = await RequireApiKey.Check(keys, context).ConfigureAwait(false);
        return check switch
        {
            KeyCheck.Allowed => null,
            KeyCheck.ReadOnly => new OpenAiError(403, "this API key is read-only", code: "insufficient_permissions"),
            KeyCheck.Csrf => new OpenAiError(403, "a dashboard request needs its CSRF token", code: "insufficient_permissions"),
            KeyCheck.Missing => new OpenAiError(401, "You didn't provide an API key: send 'Authorization: Bearer KEY'.", code: "invalid_api_key"),
            _ => new OpenAiError(401, "Incorrect API key provided.", code: "invalid_api_key"),
        };
    }
}
