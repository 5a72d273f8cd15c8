using Aloud.Speech;
using Microsoft.ML.OnnxRuntime;

namespace Aloud.Tests.Speech;

/// <summary>
/// The device setting on the CPU build of ONNX Runtime that the suite runs with: auto goes on with the CPU (every
/// Piper and Kokoro test loads its models that way), cuda is refused with the reason. No GPU run is tested here.
/// </summary>
[Collection(NeuralRuntimeCollection.Name)]
public sealed class OnnxDeviceTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("auto")]
    [InlineData(" AUTO ")]
    [InlineData("cpu")]
    public void Auto_and_cpu_run_on_the_cpu_of_a_build_without_cuda(string? setting)
    {
        using var options = new SessionOptions();
        Assert.Equal("cpu", OnnxDevice.Apply(options, setting));
    }

    [Fact]
    public void Cuda_asked_for_where_it_cannot_run_is_refused_with_the_reason()
    {
        using var options = new SessionOptions();
        var error = Assert.Throws<InvalidOperationException>(() => OnnxDevice.Apply(options, "cuda"));
        Assert.StartsWith("ALOUD_ONNX_DEVICE=cuda, but ONNX Runtime cannot use CUDA here", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_setting_that_names_no_device_is_refused()
    {
        using var options = new SessionOptions();
        var error = Assert.Throws<InvalidOperationException>(() => OnnxDevice.Apply(options, "tpu"));
        Assert.Equal("ALOUD_ONNX_DEVICE is \"tpu\": use auto, cpu or cuda", error.Message);
    }
}
