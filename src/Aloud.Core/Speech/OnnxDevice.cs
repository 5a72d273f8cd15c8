using Microsoft.ML.OnnxRuntime;

namespace Aloud.Speech;

/// <summary>
/// Where neural voices run: <c>ALOUD_ONNX_DEVICE</c> = <c>auto</c> (the default: CUDA when ONNX Runtime was built
/// with it and a GPU answers, else the CPU), <c>cpu</c>, or <c>cuda</c> (the GPU or a clear error). The package Aloud
/// builds with by default is ONNX Runtime for the CPU, so <c>auto</c> runs on the CPU unless Aloud was built with
/// <c>-p:AloudOnnxGpu=true</c> (docs/voices.md, "GPU").
/// </summary>
public static class OnnxDevice
{
    /// <summary>The variable that chooses the device.</summary>
    public const string Variable = "ALOUD_ONNX_DEVICE";

    /// <summary>
    /// Adds the execution provider the setting asks for to <paramref name="options"/>; returns "cuda" or "cpu", the
    /// one the session will run on.
    /// </summary>
    /// <param name="options">The options of the session about to be created.</param>
    /// <param name="setting">auto, cpu or cuda (any case); null or empty means auto.</param>
    /// <exception cref="InvalidOperationException">The setting is none of those, or cuda was asked for and cannot run.</exception>
    public static string Apply(SessionOptions options, string? setting)
    {
        ArgumentNullException.ThrowIfNull(options);
        var wanted = string.IsNullOrWhiteSpace(setting) ? "auto" : setting.Trim().ToLowerInvariant();
        if (wanted == "cpu")
        {
            return "cpu";
        }

        if (wanted is not ("auto" or "cuda"))
        {
            throw new InvalidOperationException($"{Variable} is \"{setting}\": use auto, cpu or cuda");
        }

        try
        {
            options.AppendExecutionProvider_CUDA(0);
            return "cuda";
        }
        catch (Exception e) when (e is OnnxRuntimeException or EntryPointNotFoundException or DllNotFoundException)
        {
            // The CPU build of ONNX Runtime has no CUDA provider, and a CUDA build without a GPU or its libraries
            // refuses it here: auto goes on with the CPU, cuda says why.
            return wanted == "auto" ? "cpu"
                : throw new InvalidOperationException($"{Variable}=cuda, but ONNX Runtime cannot use CUDA here: {e.Message.ReplaceLineEndings(" ")}", e);
        }
    }

    /// <summary><see cref="Apply(SessionOptions, string?)"/> with the setting from the environment.</summary>
    public static string Apply(SessionOptions options) => Apply(options, Environment.GetEnvironmentVariable(Variable));
}
