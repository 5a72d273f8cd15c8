using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Aloud.Speech.Piper;

/// <summary>
/// One Piper voice's ONNX session. The inputs and outputs are checked when it loads, so a model that is not a
/// Piper voice fails there with a message naming what is wrong, not at the first sentence. Inputs: <c>input</c>
/// (int64 [1, N] ids) and <c>input_lengths</c> (int64 [1]) always; <c>scales</c> (float [3]: noise, length,
/// noise_w) and <c>sid</c> (int64 [1], the speaker) only when the model has them. Outputs: the audio first
/// (float, any shape that flattens to the samples), then, in voices exported with alignments, the samples (or
/// frames) each id lasted. <see cref="Run"/> is thread-safe: ONNX Runtime sessions are.
/// </summary>
internal sealed class PiperModel : IDisposable
{
    private static readonly Dictionary<string, TensorElementType> KnownInputs = new(StringComparer.Ordinal)
    {
        ["input"] = TensorElementType.Int64,
        ["input_lengths"] = TensorElementType.Int64,
        ["scales"] = TensorElementType.Float,
        ["sid"] = TensorElementType.Int64,
    };

    private readonly InferenceSession _session;
    private readonly string[] _inputNames;
    private readonly string[] _outputNames;

    private PiperModel(InferenceSession session, string path, PiperConfig config)
    {
        _session = session;
        var inputs = session.InputMetadata;
        foreach (var (name, meta) in inputs)
        {
            if (!KnownInputs.TryGetValue(name, out var type))
            {
                throw new VoiceFileException($"{path} needs an input '{name}', which Piper voices do not have (known: input, input_lengths, scales, sid)");
            }

            if (meta.ElementDataType != type)
            {
                throw new VoiceFileException($"{path}: input '{name}' is {meta.ElementDataType}, a Piper voice's is {type}");
            }
        }

        foreach (var required in new[] { "input", "input_lengths" })
        {
            if (!inputs.ContainsKey(required))
            {
                throw new VoiceFileException($"{path} has no input '{required}': not a Piper voice (its inputs: {string.Join(", ", inputs.Keys)})");
            }
        }

        HasScales = inputs.ContainsKey("scales");
        HasSpeaker = inputs.ContainsKey("sid");
        if (config.NumSpeakers > 1 && !HasSpeaker)
        {
            throw new VoiceFileException($"{path}: the config says {config.NumSpeakers} speakers but the model has no 'sid' input");
        }

        var outputs = session.OutputMetadata;
        if (outputs.Count == 0 || outputs.First().Value.ElementDataType != TensorElementType.Float)
        {
            throw new VoiceFileException($"{path}: the first output must be the audio as floats (outputs: {string.Join(", ", outputs.Select(o => $"{o.Key} {o.Value.ElementDataType}"))})");
        }

        HasDurations = outputs.Count > 1 && outputs.Skip(1).First().Value.ElementDataType is TensorElementType.Float or TensorElementType.Int64 or TensorElementType.Int32;
        _outputNames = outputs.Keys.Take(HasDurations ? 2 : 1).ToArray();
        _inputNames = [.. new[] { "input", "input_lengths", "scales", "sid" }.Where(inputs.ContainsKey)];
    }

    public bool HasScales { get; }

    public bool HasSpeaker { get; }

    /// <summary>Whether the model says how long each id lasted (a second output).</summary>
    public bool HasDurations { get; }

    /// <summary>Loads and checks a model; <paramref name="threads"/> is ONNX Runtime's intra-op thread count.</summary>
    public static PiperModel Load(string path, PiperConfig config, int threads)
    {
        if (!File.Exists(path))
        {
            throw new VoiceFileException($"the voice model {path} does not exist");
        }

        var session = OnnxSessions.Open(path, threads);
        try
        {
            return new PiperModel(session, path, config);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>Runs the model on one sentence's ids: the audio, and the per-id durations when the model gives them.</summary>
    public (float[] Audio, double[]? Durations) Run(long[] ids, float[] scales, long speaker)
    {
        var values = new List<OrtValue>(4);
        try
        {
            foreach (var name in _inputNames)
            {
                values.Add(name switch
                {
                    "input" => OrtValue.CreateTensorValueFromMemory(ids, [1, ids.Length]),
                    "input_lengths" => OrtValue.CreateTensorValueFromMemory(new long[] { ids.Length }, [1]),
                    "scales" => OrtValue.CreateTensorValueFromMemory(scales, [scales.Length]),
                    _ => OrtValue.CreateTensorValueFromMemory(new long[] { speaker }, [1]),
                });
            }

            return OnnxSessions.Run(_session, _inputNames, values, _outputNames, HasDurations);
        }
        catch (OnnxRuntimeException e)
        {
            throw new VoiceFileException($"the voice model failed on a sentence of {ids.Length} ids: {OnnxSessions.OneLine(e.Message)}", e);
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
