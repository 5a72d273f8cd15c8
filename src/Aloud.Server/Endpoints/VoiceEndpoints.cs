using Aloud.Server.Hosting;
using Aloud.Server.Security;
using Aloud.Speech;
using Microsoft.Extensions.Options;

namespace Aloud.Server.Endpoints;

/// <summary>/api/voices: the voices of this server (the engines' and the installed catalogue's), and the OpenAI voice names that map to them.</summary>
public static class VoiceEndpoints
{
    public static WebApplication MapVoices(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGroup("/api/voices").RequireApiKey().WithTags("Voices").MapGet("", (SpeechEngines engines, IOptions<ServerOptions> options) =>
        {
            var aliases = options.Value.SpeechVoices;
            var installed = engines.Catalogue.Installed().ToDictionary(v => v.Id, StringComparer.OrdinalIgnoreCase);
            var kokoro = engines.Catalogue.InstalledKokoro().ToDictionary(v => v.Id, StringComparer.OrdinalIgnoreCase);
            return Results.Ok(new
            {
                @default = SpeechEngines.DefaultVoiceId,
                voices = engines.Voices.Select(v => new
                {
                    id = v.Id,
                    engine = v.Engine,
                    language = v.Language,
                    sampleRate = v.SampleRate,
                    description = v.Description,
                    // Catalogue voices (Piper, Kokoro) say more: their quality, speakers and licence.
                    quality = installed.TryGetValue(v.Id, out var n) ? n.Config.Quality : null,
                    speakers = installed.TryGetValue(v.Id, out n) ? n.Speakers : kokoro.ContainsKey(v.Id) ? new[] { "0" } : null,
                    licence = installed.TryGetValue(v.Id, out n) ? n.Licence : kokoro.TryGetValue(v.Id, out var k) ? k.Licence : null,
                    openAiNames = aliases.Where(a => string.Equals(a.Value, v.Id, StringComparison.OrdinalIgnoreCase)).Select(a => a.Key).Order(StringComparer.Ordinal),
                }),
                missing = engines.MissingEngines.Select(e => e.Message),
                brokenVoices = engines.Catalogue.Problems(),
            });
        }).WithSummary("Every voice (id, engine, language, sample rate) and the OpenAI names that select it.");
        return app;
    }
}
