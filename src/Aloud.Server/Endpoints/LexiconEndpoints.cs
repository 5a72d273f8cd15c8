using System.Text.Json.Nodes;
using Aloud.Ingest;
using Aloud.Server.Lexicon;
using Aloud.Server.Security;

namespace Aloud.Server.Endpoints;

/// <summary>
/// /api/lexicon: the publisher's pronunciations (format: docs/lexicon.md). Every change is a new version and
/// queues re-narration of just the stored articles it touches.
/// </summary>
public static class LexiconEndpoints
{
    public static IServiceCollection AddAloudLexicon(this IServiceCollection services) => services.AddSingleton<LexiconEditor>();

    public static WebApplication MapLexicon(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/lexicon").RequireApiKey().WithTags("Lexicon");
        group.AddEndpointFilter(JsonBodies.RefuseDuplicateKeys);
        group.MapGet("", (LexiconEditor editor, CancellationToken token) => editor.GetAsync(token))
            .WithSummary("The current lexicon: {version, entries}.");
        group.MapPut("", async (JsonObject body, LexiconEditor editor, CancellationToken token) =>
            body["entries"] is JsonArray entries ? await Save(() => editor.ReplaceAsync(entries, token)).ConfigureAwait(false) : Problems.BadRequest("the body must be a lexicon: {\"entries\": [...]}"))
            .WithSummary("Replace the whole lexicon with {entries: [...]}.");
        group.MapPut("/entries/{written}", async (string written, JsonObject entry, LexiconEditor editor, CancellationToken token) =>
            await Save(() => editor.PutEntryAsync(written, entry, token)).ConfigureAwait(false))
            .WithSummary("Add or replace the entry for a word or phrase: {spoken?, ipa?, caseSensitive?, partOfSpeech?}.");
        group.MapDelete("/entries/{written}", async (string written, LexiconEditor editor, CancellationToken token) =>
            await editor.DeleteEntryAsync(written, token).ConfigureAwait(false) is { } saved ? Results.Ok(saved) : Problems.NotFound($"no lexicon entry for '{written}'"))
            .WithSummary("Remove the entries for a word or phrase.");
        group.MapPost("/preview", async (JsonObject body, LexiconEditor editor, CancellationToken token) =>
            await Preview(body, editor, token, preview => Task.FromResult(Results.Ok(new
            {
                count = preview.Affected.Count,
                affected = preview.Affected.Select(a => new { id = a.Id, title = a.Title }),
            }))).ConfigureAwait(false))
            .WithSummary("What saving {written, spoken?, ipa?, ...} would narrate again, without saving.");
        group.MapPost("/preview/audio", async (JsonObject body, LexiconEditor editor, Jobs.CachedEngines engines, Microsoft.Extensions.Options.IOptions<Hosting.ServerOptions> options, CancellationToken token) =>
            await Preview(body, editor, token, preview => Task.Run(() => Speak(body["written"]!.ToString(), body["voice"]?.ToString(), preview.Lexicon, engines, options.Value), token)).ConfigureAwait(false))
            .WithSummary("The written word or phrase said with the entry {written, spoken?, ipa?, voice?} applied, as MP3, without saving (IPA entries too).");
        return app;
    }

    /// <summary>Checks a candidate entry like a save would, then hands its preview to <paramref name="answer"/>.</summary>
    private static async Task<IResult> Preview(JsonObject body, LexiconEditor editor, CancellationToken token, Func<(Script.Lexicon.PronunciationLexicon Lexicon, IReadOnlyList<Store.StoredArticle> Affected), Task<IResult>> answer)
    {
        if (body["written"]?.ToString() is not { Length: > 0 } written) return Problems.BadRequest("written is required: the word or phrase as articles write it");
        var entry = (JsonObject)body.DeepClone();
        entry.Remove("written");
        entry.Remove("voice");
        try
        {
            return await answer(await editor.PreviewEntryAsync(written, entry, token).ConfigureAwait(false)).ConfigureAwait(false);
        }
        catch (AloudInputException e)
        {
            return Problems.BadRequest(e.Message);
        }
    }

    /// <summary>Says <paramref name="text"/> as a narration would with <paramref name="lexicon"/>: the respelling or the IPA phones.</summary>
    private static IResult Speak(string text, string? voiceName, Script.Lexicon.PronunciationLexicon lexicon, Jobs.CachedEngines engines, Hosting.ServerOptions options)
    {
        OpenAi.SpeechPlan plan;
        try
        {
            plan = OpenAi.SpeechPlan.From(new OpenAi.SpeechRequest { Model = "aloud", Input = text, Voice = voiceName ?? "alloy", ResponseFormat = "mp3" }, options, engines, lexicon);
        }
        catch (OpenAi.OpenAiError e)
        {
            return Problems.BadRequest(e.Message);
        }
        var narration = new Narration.Narrator(plan.Engine, plan.Voice, plan.Options).Narrate(plan.Script);
        using var mp3 = new MemoryStream();
        Audio.Encoders.AudioEncoders.ForFormat(Audio.Encoders.AudioFormat.Mp3).Encode(narration.Audio, mp3);
        return Results.File(mp3.ToArray(), "audio/mpeg");
    }

    private static async Task<IResult> Save(Func<Task<LexiconSaved>> save)
    {
        try
        {
            return Results.Ok(await save().ConfigureAwait(false));
        }
        catch (AloudInputException e)
        {
            return Problems.BadRequest(e.Message);
        }
    }
}
