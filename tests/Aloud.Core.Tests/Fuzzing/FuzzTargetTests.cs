namespace Aloud.Tests.Fuzzing;

/// <summary>
/// The short fuzz run of every reader of outside input (a few seconds each, fixed seed); bench/fuzz.sh runs the
/// same targets with 100,000 inputs each. Fails on a crash, a hang past a second, memory growth without bound,
/// or a refusal that is not one line.
/// </summary>
public class FuzzTargetTests
{
    public static TheoryData<string> Targets => new(FuzzTargets.All.Keys);

    [Theory]
    [MemberData(nameof(Targets))]
    public void Reader_survives_generated_and_mutated_input(string target)
    {
        if (FuzzSettings.Selected(target)) FuzzRunner.AssertClean(FuzzTargets.All[target].Run());
    }
}
