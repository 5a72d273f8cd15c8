using System.Text.Json;
using Microsoft.Playwright;

namespace Aloud.Server.Tests.Player;

/// <summary>
/// The player on the demo article page in real headless Chromium: playing, read-along, speed, skips, keyboard,
/// click-to-seek, resume, accessibility and screenshots. Audio really plays (muted), so times are real.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PlayerBrowserTests(BrowserSite site)
{
    private const string Player = "document.querySelector('aloud-player')";

    [Fact]
    public async Task Attributes_and_properties_mirror_each_other_like_a_media_elements()
    {
        var page = await site.OpenDemoAsync();
        var mirrored = await page.EvaluateAsync<JsonElement>($$"""
            () => { const p = {{Player}};
              p.disclosure = 'Read by a computer voice';
              p.setAttribute('read-along', 'transcript');
              return { disclosure: p.getAttribute('disclosure'), readAlong: p.readAlong, article: p.article === p.getAttribute('article'),
                       skip: typeof p.skip }; }
            """);

        Assert.Equal("Read by a computer voice", mirrored.GetProperty("disclosure").GetString());
        Assert.Equal("transcript", mirrored.GetProperty("readAlong").GetString());
        Assert.True(mirrored.GetProperty("article").GetBoolean());
        Assert.Equal("function", mirrored.GetProperty("skip").GetString()); // skip(seconds) stays a method
    }

    [Fact]
    public async Task Playing_advances_time_and_the_highlighted_word_is_the_one_the_timings_say()
    {
        var page = await site.OpenDemoAsync();
        await page.EvaluateAsync($$"""
            () => { const p = {{Player}}; window.__words = [];
              p.addEventListener('wordchange', e => window.__words.push({ index: e.detail.index, written: e.detail.written,
                highlighted: [...(CSS.highlights.get('aloud-word') ?? [])].map(r => r.toString()).join('') }));
              return p.play(); }
            """);
        await page.WaitForTimeoutAsync(3000);
        var time = await page.EvaluateAsync<double>($"() => {Player}.currentTime");
        var words = await page.EvaluateAsync<JsonElement>("() => window.__words");

        Assert.InRange(time, 1.5, 4.5);
        Assert.True(words.GetArrayLength() >= 4, $"{words.GetArrayLength()} word changes in 3 s");
        var indexes = words.EnumerateArray().Select(w => w.GetProperty("index").GetInt32()).ToList();
        Assert.Equal(indexes.Order(), indexes);
        foreach (var w in words.EnumerateArray())
        {
            Assert.Equal(Collapse(w.GetProperty("written").GetString()!), Collapse(w.GetProperty("highlighted").GetString()!));
        }

        // Paused and moved into the middle of a word: exactly that word is highlighted, and its sentence.
        var target = site.Timings.GetProperty("words")[40];
        var written = Written(target);
        var seekTo = (target.GetProperty("startMs").GetDouble() + target.GetProperty("endMs").GetDouble()) / 2000;
        var state = await page.EvaluateAsync<JsonElement>($$"""
            async t => { const p = {{Player}}; p.pause(); p.currentTime = t;
              await new Promise(r => p.addEventListener('seeked', r, { once: true }));
              const text = name => [...(CSS.highlights.get(name) ?? [])].map(r => r.toString()).join('');
              return { word: p.currentWord, highlighted: text('aloud-word'), sentence: text('aloud-sentence') }; }
            """, seekTo);
        Assert.Equal(40, state.GetProperty("word").GetInt32());
        Assert.Equal(Collapse(written), Collapse(state.GetProperty("highlighted").GetString()!));
        Assert.Contains(Collapse(written), Collapse(state.GetProperty("sentence").GetString()!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_speed_menu_sets_the_playback_rate_and_time_runs_faster()
    {
        var page = await site.OpenDemoAsync();
        await page.Locator("aloud-player select.speed").SelectOptionAsync("2");
        await page.EvaluateAsync($"() => {Player}.play()");
        await page.WaitForTimeoutAsync(500);
        var before = await page.EvaluateAsync<double>($"() => {Player}.currentTime");
        await page.WaitForTimeoutAsync(2000);
        var after = await page.EvaluateAsync<double>($"() => {Player}.currentTime");

        Assert.Equal(2, await page.EvaluateAsync<double>($"() => {Player}.playbackRate"));
        Assert.True(after - before > 3.2, $"2 s at 2x advanced {after - before:0.00} s");
    }

    [Fact]
    public async Task The_skip_buttons_move_fifteen_seconds_each_way()
    {
        var page = await site.OpenDemoAsync();
        await page.EvaluateAsync($"() => {{ {Player}.currentTime = 5; }}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Forward 15 seconds" }).ClickAsync();
        var forward = await page.EvaluateAsync<double>($"() => {Player}.currentTime");
        await page.GetByRole(AriaRole.Button, new() { Name = "Back 15 seconds" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Back 15 seconds" }).ClickAsync();
        var back = await page.EvaluateAsync<double>($"() => {Player}.currentTime");

        Assert.InRange(forward, 19.9, 20.1);
        Assert.Equal(0, back, 1);
    }

    [Fact]
    public async Task Keyboard_alone_reaches_the_player_plays_skips_changes_speed_and_pauses()
    {
        var page = await site.OpenDemoAsync();
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.tagName");
        var outline = await page.EvaluateAsync<string>($"() => getComputedStyle({Player}).outlineStyle");
        await page.Keyboard.PressAsync("Space");
        await page.WaitForTimeoutAsync(300);
        var playing = !await page.EvaluateAsync<bool>($"() => {Player}.paused");
        var beforeSkip = await page.EvaluateAsync<double>($"() => {Player}.currentTime");
        await page.Keyboard.PressAsync("l");
        var afterSkip = await page.EvaluateAsync<double>($"() => {Player}.currentTime");
        await page.Keyboard.PressAsync("Shift+>");
        var rate = await page.EvaluateAsync<double>($"() => {Player}.playbackRate");
        await page.Keyboard.PressAsync("k");
        await page.WaitForTimeoutAsync(200);
        var paused = await page.EvaluateAsync<bool>($"() => {Player}.paused");

        Assert.Equal("ALOUD-PLAYER", focused);
        Assert.NotEqual("none", outline);
        Assert.True(playing, "Space did not start playing");
        Assert.InRange(afterSkip - beforeSkip, 14.5, 16);
        Assert.True(rate > 1, $"Shift+> left the rate at {rate}");
        Assert.True(paused, "k did not pause");
    }

    [Fact]
    public async Task Clicking_a_sentence_in_the_article_plays_from_that_sentence()
    {
        var page = await site.OpenDemoAsync();
        const string Phrase = "Paragraph 4 ends here";
        var sentence = site.Timings.GetProperty("sentences").EnumerateArray()
            .First(s => site.Timings.GetProperty("text").GetString()!.Substring(s.GetProperty("charStart").GetInt32(), s.GetProperty("charLength").GetInt32()).StartsWith(Phrase, StringComparison.Ordinal));
        var box = await page.EvaluateAsync<JsonElement>("""
            phrase => { const w = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
              for (let n = w.nextNode(); n; n = w.nextNode()) { const i = n.data.indexOf(phrase);
                if (i >= 0) { const r = new Range(); r.setStart(n, i + 3); r.setEnd(n, i + 12); const b = r.getBoundingClientRect();
                  return { x: b.x + b.width / 2, y: b.y + b.height / 2 }; } } return null; }
            """, Phrase);
        await page.Mouse.ClickAsync(box.GetProperty("x").GetSingle(), box.GetProperty("y").GetSingle());
        await page.WaitForTimeoutAsync(300);
        var time = await page.EvaluateAsync<double>($"() => {Player}.currentTime");

        Assert.False(await page.EvaluateAsync<bool>($"() => {Player}.paused"));
        Assert.InRange(time * 1000, sentence.GetProperty("startMs").GetDouble() - 50, sentence.GetProperty("startMs").GetDouble() + 1500);
    }

    [Fact]
    public async Task A_reload_resumes_where_the_listener_stopped()
    {
        var page = await site.OpenDemoAsync();
        await page.EvaluateAsync($$"""
            async () => { const p = {{Player}}; p.currentTime = 21; await p.play();
              await new Promise(r => setTimeout(r, 400)); p.pause(); }
            """);
        await page.ReloadAsync();
        await page.WaitForFunctionAsync($"() => {Player}?.timings && {Player}.currentTime > 15");
        var resumed = await page.EvaluateAsync<double>($"() => {Player}.currentTime");

        Assert.InRange(resumed, 20.5, 22.5);
    }

    [Fact]
    public async Task Axe_finds_no_serious_or_critical_accessibility_violation()
    {
        // The demo page's CSP runs only this server's scripts; axe is injected inline, as on the dashboard's test.
        var page = await site.OpenDemoAsync(new() { BypassCSP = true });
        await page.AddScriptTagAsync(new() { Content = BrowserSite.AxeScript() });
        var result = await page.EvaluateAsync<JsonElement>("async () => { const r = await axe.run(); return { passes: r.passes.length, violations: r.violations.map(v => ({ id: v.id, impact: v.impact })) }; }");
        var blocking = result.GetProperty("violations").EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical").Select(v => v.GetProperty("id").GetString()).ToList();

        Assert.True(result.GetProperty("passes").GetInt32() > 10, "axe ran too few rules to mean anything");
        Assert.Empty(blocking);
    }

    [Theory]
    [InlineData("light", 1280, 900)]
    [InlineData("dark", 1280, 900)]
    [InlineData("light", 390, 844)]
    [InlineData("dark", 390, 844)]
    public async Task Screenshots_in_light_and_dark_narrow_and_wide_show_the_whole_player(string scheme, int width, int height)
    {
        var page = await site.OpenDemoAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        var file = Path.Combine(BrowserSite.ArtifactsFolder(), $"player-{scheme}-{width}.png");
        await page.ScreenshotAsync(new() { Path = file });
        await page.Locator("aloud-player").ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ArtifactsFolder(), $"player-only-{scheme}-{width}.png") });
        var box = await page.Locator("aloud-player").BoundingBoxAsync();
        // The player's panel colour: dark in dark mode, light in light mode.
        var luminance = await page.EvaluateAsync<double>($$"""
            () => { const c = getComputedStyle({{Player}}.shadowRoot.querySelector('.player')).backgroundColor.match(/\d+/g).map(Number);
              return (0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]) / 255; }
            """);

        // A headline longer than the player is wide shrinks with an ellipsis; the times stay inside the box.
        var overflowing = await page.EvaluateAsync<string[]>($$"""
            async () => { const p = {{Player}}; p.setAttribute('title', 'A headline far longer than any player is wide, '.repeat(4));
              await new Promise(r => requestAnimationFrame(r));
              const box = p.shadowRoot.querySelector('.player').getBoundingClientRect();
              return [...p.shadowRoot.querySelectorAll('.player *')].filter(e => e.getBoundingClientRect().right > box.right + 0.5)
                .map(e => `${e.className || e.tagName} right ${e.getBoundingClientRect().right} > ${box.right}`); }
            """);

        Assert.True(new FileInfo(file).Length > 5000);
        Assert.Empty(overflowing);
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= width, $"the player ({box.X}+{box.Width}) overflows a {width} px viewport");
        Assert.True(scheme == "dark" ? luminance < 0.3 : luminance > 0.7, $"{scheme} player background luminance {luminance:0.00}");
    }

    private string Written(JsonElement word) =>
        site.Timings.GetProperty("text").GetString()!.Substring(word.GetProperty("charStart").GetInt32(), word.GetProperty("charLength").GetInt32());

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
