namespace Aloud.Tests.Speech;

/// <summary>
/// Test classes that run ONNX Runtime run alone, after the others: its worker threads now and then draw from the C
/// library's <c>rand()</c>, the generator Flite's seeded noise also uses, so a neural synthesis beside a test that
/// compares Flite's bytes run to run could make that test fail by chance (decision 0005). Narrations in the product
/// that mix a neural voice with Flite are not byte-reproducible anyway: neural voices draw noise in their graph.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NeuralRuntimeCollection
{
    public const string Name = "ONNX Runtime (draws from the C generator)";
}
