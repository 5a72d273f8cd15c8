using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Aloud.Speech.Kokoro;

/// <summary>
/// A Kokoro model's ONNX session, checked when it loads. Inputs: the tokens (<c>tokens</c> in current exports,
/// <c>input_ids</c> in older ones; int64 [1, N], padded with 0 at both ends), <c>style</c> (float [1, 256], one row
/// of a voice's style vectors) and <c>speed</c> (float [1]). Outputs: the audio first (float, <c>waveform</c> or
/// <c>audio</c>, any shape that flattens to the samples, 24 kHz), then, in exports that have it, how long each
/// token lasted (frames or samples: only their proportions are used). <see cref="Run"/> is thread-safe.
/// </summary>
internal sealed class KokoroModel : IDisposable
{
    /// <summary>Every Kokoro model speaks at this rate.</summary>
    public const int SampleRate = 24000;

    private static readonly string[] TokenInputs = ["tokens", "input_ids"];

    private readonly InferenceSession _session;
    private readonly string[] _inputNames;
    private readonly string[] _outputNames;

    private KokoroModel(InferenceSession session, string path)
    {
        _session = session;
        var inputs = session.InputMetadata;
        string Describe() => string.Join(", ", inputs.Select(i => $"{i.Key} {i.Value.ElementDataType}"));
        var tokens = TokenInputs.FirstOrDefault(inputs.ContainsKey)
            ?? throw new VoiceFileException($"{path} has no 'tokens' (or 'input_ids') input: not a Kokoro model (its inputs: {Describe()})");
        foreach (var (name, meta) in inputs)
        {
            var expected = name == tokens ? TensorElementType.Int64 : name is "style" or "speed" ? TensorElementType.Float : (TensorElementType?)null;
            if (expected is null)
            {
                throw new VoiceFileException($"{path} needs an input '{name}', which Kokoro models do not have (known: tokens or input_ids, style, speed)");
            }

            if (meta.ElementDataType != expected)
            {
                throw new VoiceFileException($"{path}: input '{name}' is {meta.ElementDataType}, a Kokoro model's is {expected}");
            }
        }

        foreach (var required in new[] { "style", "speed" })
        {
            if (!inputs.ContainsKey(required))
            {
                throw new VoiceFileException($"{path} has no input '{required}': not a Kokoro model (its inputs: {Describe()})");
            }
        }

        StyleSize = inputs["style"].Dimensions is { Length: 2 } dims && dims[1] > 0 ? dims[1] : 256;
        var outputs = session.OutputMetadata;
        if (outputs.Count == 0 || outputs.First().Value.ElementDataType != TensorElementType.Float)
        {
            throw new VoiceFileException($"{path}: the first output must be the audio as floats (outputs: {string.Join(", ", outputs.Select(o => $"{o.Key} {o.Value.ElementDataType}"))})");
        }

        HasDurations = outputs.Count > 1 && outputs.Skip(1).First().Value.ElementDataType is TensorElementType.Float or TensorElementType.Int64 or TensorElementType.Int32;
        _outputNames = outputs.Keys.Take(HasDurations ? 2 : 1).ToArray();
        _inputNames = [tokens, "style", "speed"];
    }

    /// <summary>The length of one style vector the model takes (256 for Kokoro v1.0).</summary>
    public int StyleSize { get; }

    /// <summary>Whether the model says how long each token lasted (a second output).</summary>
    public bool HasDurations { get; }

    /// <summary>Loads and checks a model; <paramref name="threads"/> is ONNX Runtime's intra-op thread count.</summary>
    public static KokoroModel Load(string path, int threads)
    {
        if (!File.Exists(path))
        {
            throw new VoiceFileException($"the Kokoro model {path} does not exist");
        }

        var session = OnnxSessions.Open(path, threads);
        try
        {
            return new KokoroModel(session, path);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>Runs one call: ids already padded, one style row, the speed (1 = the voice's own).</summary>
    public (float[] Audio, double[]? Durations) Run(long[] ids, float[] style, float speed)
    {
        var values = new List<OrtValue>(3);
        try
        {
            values.Add(OrtValue.CreateTensorValueFromMemory(ids, [1, ids.Length]));
            values.Add(OrtValue.CreateTensorValueFromMemory(style, [1, style.Length]));
            values.Add(OrtValue.CreateTensorValueFromMemory(new[] { speed }, [1]));
            return OnnxSessions.Run(_session, _inputNames, values, _outputNames, HasDurations);
        }
        catch (OnnxRuntimeException e)
        {
            throw new VoiceFileException($"the Kokoro model failed on a call of {ids.Length} ids: {OnnxSessions.OneLine(e.Message)}", e);
        }
        finally
        {
            foreach (var value in values)
            {
                value.Dispose();
            }
        }
    }

    public void Dispose() => _session.Dispose();

}
