namespace Aloud.Tests.Speech;

/// <summary>
/// Test classes that synthesise with eSpeak NG run one after another: the engine is one process-wide owner,
/// and tests that count its syntheses must not see another class's calls.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EspeakCollection
{
    public const string Name = "eSpeak NG (process-wide synthesiser)";
}
