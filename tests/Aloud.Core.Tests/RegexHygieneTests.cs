using System.Reflection;
using System.Text.RegularExpressions;

namespace Aloud.Tests;

/// <summary>
/// Every regular expression in Aloud.Core either cannot backtrack (NonBacktracking) or has a match timeout:
/// hostile input must never hang a narration.
/// </summary>
public class RegexHygieneTests
{
    public static TheoryData<string> RegexFactories()
    {
        var data = new TheoryData<string>();
        foreach (var method in Factories())
        {
            data.Add($"{method.DeclaringType!.FullName}.{method.Name}");
        }
        return data;
    }

    private static IEnumerable<MethodInfo> Factories() =>
        typeof(Aloud.Script.Script).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && !m.DeclaringType!.IsGenericTypeDefinition);

    [Fact]
    public void The_assembly_has_regexes_to_check() => Assert.NotEmpty(Factories());

    [Theory]
    [MemberData(nameof(RegexFactories))]
    public void Each_regex_is_bounded(string name)
    {
        var method = Factories().Single(m => $"{m.DeclaringType!.FullName}.{m.Name}" == name);
        var regex = (Regex)method.Invoke(null, null)!;
        Assert.True(
            regex.Options.HasFlag(RegexOptions.NonBacktracking) || regex.MatchTimeout != Regex.InfiniteMatchTimeout,
            $"{name} can backtrack without a timeout: add RegexOptions.NonBacktracking or a timeout");
    }
}
