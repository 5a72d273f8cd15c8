using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Aloud.Speech;

/// <summary>What every neural voice model (Piper, Kokoro) does with ONNX Runtime: open a session, run it for a clip.</summary>
internal static class OnnxSessions
{
    /// <summary>
    /// Opens <paramref name="path"/> on the device <see cref="OnnxDevice"/> chooses, with <paramref name="threads"/>
    /// intra-op threads and nothing in parallel inside one run (sentences run in parallel instead).
    /// </summary>
    /// <exception cref="VoiceFileException">ONNX Runtime cannot load the file.</exception>
    /// <exception cref="InvalidOperationException">ONNX Runtime's native library did not load, or the device cannot run.</exception>
    public static InferenceSession Open(string path, int threads)
    {
        try
        {
            using var options = new SessionOptions
            {
                IntraOpNumThreads = Math.Max(1, threads),
                InterOpNumThreads = 1,
                ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
                GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            };
            OnnxDevice.Apply(options);
            return new InferenceSession(path, options);
        }
        catch (OnnxRuntimeException e)
        {
            throw new VoiceFileException($"{path} is not a model ONNX Runtime can load (truncated or not ONNX?): {OneLine(e.Message)}", e);
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException or BadImageFormatException)
        {
            // The native library ships with the build (runtimes/<rid>/native): missing means a build for another platform.
            throw new InvalidOperationException(
                $"ONNX Runtime's native library (libonnxruntime) did not load, so neural voices cannot run: rebuild Aloud for this machine (./aloud does): {OneLine(e.Message)}", e);
        }
    }

    /// <summary>
    /// Runs <paramref name="session"/>: the first output is the audio; with <paramref name="withDurations"/>, the second
    /// is how long each input id lasted, in whatever number type the export chose.
    /// </summary>
    public static (float[] Audio, double[]? Durations) Run(InferenceSession session, string[] inputNames, IReadOnlyCollection<OrtValue> inputs, string[] outputNames, bool withDurations)
    {
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, inputNames, inputs, outputNames);
        var audio = outputs[0].GetTensorDataAsSpan<float>().ToArray();
        return (audio, withDurations ? Numbers(outputs[1]) : null);
    }

    /// <summary>A message of ONNX Runtime's on one line.</summary>
    public static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static double[] Numbers(OrtValue value) => value.GetTensorTypeAndShape().ElementDataType switch
    {
        TensorElementType.Float => [.. value.GetTensorDataAsSpan<float>().ToArray().Select(x => (double)x)],
        TensorElementType.Int64 => [.. value.GetTensorDataAsSpan<long>().ToArray().Select(x => (double)x)],
        _ => [.. value.GetTensorDataAsSpan<int>().ToArray().Select(x => (double)x)],
    };
}
