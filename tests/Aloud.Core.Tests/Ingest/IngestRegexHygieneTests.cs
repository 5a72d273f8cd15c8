using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>
/// Extraction's patterns must not depend on how busy the machine is: a short match timeout measures load, not
/// input, so on a starved CI machine it fails an extraction at random. Each Ingest pattern is therefore either
/// NonBacktracking (linear time, no timeout needed) or bounded with a timeout of whole seconds. (The line patterns
/// stay source-generated backtracking ones with a two-second timeout: on NonBacktracking they cost every process
/// about 70 MB and 0.4 s of CPU to build.)
/// </summary>
public class IngestRegexHygieneTests
{
    private static readonly TimeSpan ShortestTimeout = TimeSpan.FromSeconds(1);

    public static TheoryData<string> IngestRegexFactories()
    {
        var data = new TheoryData<string>();
        foreach (var method in Factories())
        {
            data.Add(NameOf(method));
        }
        return data;
    }

    private static string NameOf(MethodInfo method) => $"{method.DeclaringType!.FullName}.{method.Name}";

    private static IEnumerable<MethodInfo> Factories() =>
        typeof(ArticleReader).Assembly.GetTypes()
            .Where(t => t.Namespace is not null && t.Namespace.StartsWith("Aloud.Ingest", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && !m.DeclaringType!.IsGenericTypeDefinition);

    [Fact]
    public void Ingest_has_many_regexes_to_check() => Assert.True(Factories().Count() > 50, $"found {Factories().Count()}");

    [Theory]
    [MemberData(nameof(IngestRegexFactories))]
    public void Each_regex_is_linear_or_has_a_timeout_of_seconds(string name)
    {
        var regex = (Regex)Factories().Single(m => NameOf(m) == name).Invoke(null, null)!;
        Assert.True(
            regex.Options.HasFlag(RegexOptions.NonBacktracking)
                || (regex.MatchTimeout != Regex.InfiniteMatchTimeout && regex.MatchTimeout >= ShortestTimeout),
            $"{name} has timeout {regex.MatchTimeout}: use RegexOptions.NonBacktracking, or bounded quantifiers and a timeout of seconds");
    }

    [Fact]
    public void A_paragraph_of_three_hundred_thousand_characters_is_extracted_without_an_exception()
    {
        // A phrase that touches many line patterns (dates, a byline, a contact, a price, a promo) repeated into one
        // paragraph: a backtracking pattern with a short timeout is what would throw here on a busy machine.
        const string phrase = "By Tamsin Orrell, updated 12 March 2024 at 10:30, read 1,204 times; email her at tips@quayside.example or see page 4 for the harbor fees of $12.50 +0.25 (2%), subscribe to our newsletter. ";
        var paragraph = new StringBuilder();
        while (paragraph.Length < 300_000) paragraph.Append(phrase);
        var html = "<html><body><article><h1>Harbor fees</h1><p>" + paragraph + "</p><p>The ferry runs at dawn.</p></article></body></html>";

        var article = HtmlArticleExtractor.Extract(html);

        Assert.Contains(article.Blocks, b => b.Text.Length >= 300_000);
    }
}
