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
        return app;
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
