using System.Diagnostics;
using Aloud.Script;
using Aloud.Speech;

namespace Aloud.Tests.Script.Passes;

/// <summary>
/// Emoji dropped (the default) or named from the system's CLDR annotations (the unicode-cldr-core package,
/// which scripts/install-packages.sh installs). Invisible parts of a sequence are written as escapes.
/// </summary>
public class EmojiPassTests
{
    private readonly TextNormalizer _dropping = new(EnglishNumberWords.Instance);
    private readonly TextNormalizer _naming = new(EnglishNumberWords.Instance, emoji: EmojiReading.Name);

    [Theory]
    [InlineData("Our team won the cup 🏆 last night.", "Our team won the cup last night.", "Our team won the cup, trophy, last night.")]
    [InlineData("The bakery sold out by noon 🥐🥐🥐 again.", "The bakery sold out by noon again.", "The bakery sold out by noon, croissant, again.")]
    [InlineData("She waved 👋🏽 from the ferry.", "She waved from the ferry.", "She waved, waving hand, from the ferry.")]
    [InlineData("Goodbye 👋🏿👋🏻 said the twins.", "Goodbye said the twins.", "Goodbye, waving hand, said the twins.")]
    [InlineData("Rain is coming ☔ so bring a coat.", "Rain is coming so bring a coat.", "Rain is coming, umbrella with rain drops, so bring a coat.")]
    [InlineData("The striker scored ⚽ twice.", "The striker scored twice.", "The striker scored, soccer ball, twice.")]
    [InlineData("Cheers from Ottawa 🇨🇦 and Lyon 🇫🇷.", "Cheers from Ottawa and Lyon.", "Cheers from Ottawa, flag of Canada, and Lyon, flag of France.")]
    [InlineData("The match in Cardiff 🏴\U000E0067\U000E0062\U000E0077\U000E006C\U000E0073\U000E007F ended level.", "The match in Cardiff ended level.", "The match in Cardiff, flag of Wales, ended level.")]
    [InlineData("Step 1\uFE0F\u20E3 is to mix the flour.", "Step one is to mix the flour.", "Step, one, is to mix the flour.")]
    [InlineData("Dial #\uFE0F\u20E3 then the code.", "Dial then the code.", "Dial, hash, then the code.")]
    [InlineData("The clinic hired a nurse 👩🏾\u200D⚕\uFE0F this week.", "The clinic hired a nurse this week.", "The clinic hired a nurse, woman health worker, this week.")]
    [InlineData("A new family 👨\u200D👩\u200D👧 moved in.", "A new family moved in.", "A new family, family, man, woman, girl, moved in.")]
    [InlineData("Love ❤\uFE0F wins.", "Love wins.", "Love, red heart, wins.")]
    [InlineData("The heart ❤ symbol stays text.", "The heart symbol stays text.", "The heart symbol stays text.")]
    [InlineData("Pride week 🏳\uFE0F\u200D🌈 starts Monday.", "Pride week starts Monday.", "Pride week, rainbow flag, starts Monday.")]
    [InlineData("That was hilarious 😂😂😂😂", "That was hilarious.", "That was hilarious, face with tears of joy.")]
    [InlineData("🚀 Launch day is here.", "Launch day is here.", "rocket, Launch day is here.")]
    [InlineData("The rocket 🚀 rose at 7:30 p.m. ET.", "The rocket rose at seven thirty p m Eastern Time.", "The rocket, rocket, rose at seven thirty p m Eastern Time.")]
    [InlineData("Tickets cost $25 🎟\uFE0F at the door.", "Tickets cost twenty-five dollars at the door.", "Tickets cost twenty-five dollars, admission tickets, at the door.")]
    [InlineData("Prices rose 5% 📈 in May.", "Prices rose five percent in May.", "Prices rose five percent, chart increasing, in May.")]
    [InlineData("Copyright © 2024 Harbor Press.", "Copyright twenty twenty-four Harbor Press.", "Copyright twenty twenty-four Harbor Press.")]
    [InlineData("Acme® and Zento™ merged.", "Acme and Zento merged.", "Acme and Zento merged.")]
    [InlineData("It was 30° outside 🥵 yesterday.", "It was thirty degrees outside yesterday.", "It was thirty degrees outside, hot face, yesterday.")]
    [InlineData("He paid £40 and €15 for lunch 🍝.", "He paid forty pounds and fifteen euros for lunch.", "He paid forty pounds and fifteen euros for lunch, spaghetti.")]
    [InlineData("The pirates 🏴\u200D☠\uFE0F sailed west.", "The pirates sailed west.", "The pirates, pirate flag, sailed west.")]
    [InlineData("Call us 📞 at 555-0142.", "Call us at five five five, zero one four two.", "Call us, telephone receiver, at five five five, zero one four two.")]
    [InlineData("The vote was 52-48 🗳\uFE0F on Tuesday.", "The vote was fifty-two to forty-eight on Tuesday.", "The vote was fifty-two to forty-eight, ballot box with ballot, on Tuesday.")]
    [InlineData("A snow day ❄\uFE0F closed the schools.", "A snow day closed the schools.", "A snow day, snowflake, closed the schools.")]
    [InlineData("The baby 👶🏼 slept.", "The baby slept.", "The baby, baby, slept.")]
    [InlineData("Gold 🥇 went to Mara.", "Gold went to Mara.", "Gold, first place medal, went to Mara.")]
    [InlineData("Try the new app 📱!", "Try the new app!", "Try the new app, mobile phone!")]
    [InlineData("Read the thread 🧵 below.", "Read the thread below.", "Read the thread, thread, below.")]
    [InlineData("Party time 🎉🎊 tonight.", "Party time tonight.", "Party time, party popper, confetti ball, tonight.")]
    [InlineData("Smile ☺\uFE0E please.", "Smile please.", "Smile please.")]
    [InlineData("Smile ☺\uFE0F please.", "Smile please.", "Smile, smiling face, please.")]
    [InlineData("She rated it 🔟 out of ten.", "She rated it out of ten.", "She rated it, ten, out of ten.")]
    [InlineData("Is the race over? 🤔", "Is the race over?", "Is the race over, thinking face?")]
    [InlineData("We did it! 🎉🎉", "We did it!", "We did it, party popper!")]
    public void Drops_or_names(string written, string dropped, string named)
    {
        Assert.Equal(dropped, _dropping.NormalizeLine(written));
        Assert.Equal(named, _naming.NormalizeLine(written));
    }

    [Theory]
    [InlineData("Copyright © 2024, Acme® and Zento™.")]
    [InlineData("It was 104°F, or 40 °C.")]
    [InlineData("Fares: $5, £3, €2, ¥900, ₹70, ₩4000 and 5¢.")]
    [InlineData("So 3 × 4 = 12 and 10 ÷ 2 ≥ 5 ± 1.")]
    [InlineData("Use ½ cup, then ¾ more.")]
    [InlineData("Go from A → B ← C ↔ D.")]
    [InlineData("Rated ★★★☆☆ by critics ✓ and ♥ fans.")]
    [InlineData("The suits ♠ ♣ ♦ and ☺ smiles stay text.")]
    [InlineData("Wow‼ Really⁉ Yes.")]
    [InlineData("Section § 4 and ¶ 2, #hashtag and @handle.")]
    [InlineData("Temperatures ranged 2–5 ℃ near the α and Ω sites.")]
    [InlineData("The heart ❤ and the sun ☀ stay symbols without a selector.")]
    public void Symbols_that_are_not_emoji_read_the_same_either_way(string written) =>
        Assert.Equal(_dropping.NormalizeLine(written), _naming.NormalizeLine(written));

    [Fact]
    public void Every_word_of_a_name_carries_the_span_of_the_emoji_and_breaks_around_it()
    {
        const string text = "Cheers 🇨🇦 now";
        var (words, _) = _naming.Normalize(text, new TextSpan(0, text.Length));
        Assert.Equal(["Cheers", "flag", "of", "Canada", "now"], words.Select(w => w.Spoken));
        foreach (var word in words.Skip(1).Take(3))
        {
            Assert.Equal(new TextSpan(7, 4), word.Source);
            Assert.Equal("emoji", word.Class);
        }
        Assert.Equal(WordBreak.Comma, words[0].BreakAfter);
        Assert.Equal(WordBreak.Comma, words[3].BreakAfter);
        Assert.Equal(WordBreak.None, words[2].BreakAfter);
    }

    [Fact]
    public void A_run_of_the_same_emoji_is_read_once_over_the_whole_run()
    {
        const string text = "So funny 😂 😂😂 ok";
        var (words, _) = _naming.Normalize(text, new TextSpan(0, text.Length));
        var named = words.Where(w => w.Class == "emoji").ToList();
        Assert.Equal(["face", "with", "tears", "of", "joy"], named.Select(w => w.Spoken));
        Assert.All(named, w => Assert.Equal(new TextSpan(9, 7), w.Source));
    }

    [Theory]
    [InlineData("A nurse 👩🏾\u200D⚕\uFE0F came", "woman health worker")]
    [InlineData("A nurse 👩\u200D⚕ came", "woman health worker")]
    [InlineData("Two hands 🫱🏻\u200D🫲🏿 came", "handshake")]
    [InlineData("A couple 🧑🏻\u200D❤\uFE0F\u200D💋\u200D🧑🏿 came", "kiss , person , person")]
    [InlineData("A family 👨\u200D👩\u200D👧\u200D👦 came", "family , man , woman , girl , boy")]
    [InlineData("A tone 🏽 came", "medium skin tone")]
    [InlineData("Fire ❤\u200D🔥 came", "heart on fire")]
    [InlineData("A bear 🐻\u200D❄\uFE0F came", "polar bear")]
    [InlineData("Scotland 🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F came", "flag of Scotland")]
    [InlineData("A region 🏴\U000E0075\U000E0073\U000E0074\U000E0078\U000E007F came", "black flag")]
    [InlineData("Japan 🇯🇵 came", "flag of Japan")]
    [InlineData("Islands 🇰🇾 came", "flag of the Cayman Islands")]
    [InlineData("Key *\uFE0F\u20E3 came", "star")]
    [InlineData("Key 7\u20E3 came", "seven")]
    [InlineData("Gold 🥇 came", "first place medal")]
    [InlineData("Blood 🅰\uFE0F came", "A button")]
    [InlineData("An unknown pair 👽\u200D🍕 came", "alien , pizza")]
    public void Sequences_are_named_whole(string written, string name)
    {
        var (words, _) = _naming.Normalize(written, new TextSpan(0, written.Length));
        var spoken = string.Join(' ', words.Where(w => w.Class == "emoji").Select(w => w.BreakAfter == WordBreak.Comma ? w.Spoken + " ," : w.Spoken));
        Assert.Equal(name + " ,", spoken);
        var end = written.LastIndexOf(" came", StringComparison.Ordinal);
        var start = written.LastIndexOf(' ', end - 1) + 1;
        Assert.All(words.Where(w => w.Class == "emoji"), w => Assert.Equal(new TextSpan(start, end - start), w.Source));
    }

    [Fact]
    public void Skipping_the_emoji_pass_by_name_drops_them_again()
    {
        var skipping = new TextNormalizer(EnglishNumberWords.Instance, new HashSet<string> { "emoji" }, emoji: EmojiReading.Name);
        Assert.Contains("emoji", TextNormalizer.PassNames);
        Assert.Equal("We won the cup!", skipping.NormalizeLine("We won the cup 🏆!"));
    }

    [Theory]
    [InlineData("😂", 100_000, 1)]
    [InlineData("🎉🚀", 50_000, 100_000)]
    [InlineData("👍🏽", 100_000, 1)]
    [InlineData("🇨🇦", 100_000, 1)]
    [InlineData("👨\u200D", 100_000, 1)]
    [InlineData("👨\u200D👩\u200D", 50_000, 1)]
    [InlineData("\u200D\uFE0F", 100_000, 0)]
    [InlineData("🏽", 100_000, 1)]
    [InlineData("🇦", 100_001, 0)]
    public void Pathological_runs_do_not_hang(string unit, int repeats, int expectedNames)
    {
        var text = "Start " + string.Concat(Enumerable.Repeat(unit, repeats)) + " end";
        var clock = Stopwatch.StartNew();
        var (words, _) = _naming.Normalize(text, new TextSpan(0, text.Length));
        clock.Stop();
        // A hang guard, not a speed target (those live in the benchmarks): a scan that restarts at every code point takes
        // many minutes on these runs, a linear one milliseconds, so a loaded CI machine stays far inside the bound.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        Assert.Equal("Start", words[0].Spoken);
        Assert.Equal("end", words[^1].Spoken);
        var names = words.Where(w => w.Class == "emoji").Select(w => w.Source).Distinct().Count();
        Assert.Equal(expectedNames, names);
    }

    [Fact]
    public void A_tag_run_after_a_flag_is_cut_not_scanned_without_end()
    {
        var text = "Flag 🏴" + string.Concat(Enumerable.Repeat("\U000E0061", 100_000)) + " end";
        var clock = Stopwatch.StartNew();
        var spoken = _naming.NormalizeLine(text);
        // A hang guard, not a speed target (those live in the benchmarks): a scan that restarts at every code point takes
        // many minutes on these runs, a linear one milliseconds, so a loaded CI machine stays far inside the bound.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        Assert.StartsWith("Flag, black flag,", spoken);
        Assert.EndsWith("end.", spoken);
    }
}
