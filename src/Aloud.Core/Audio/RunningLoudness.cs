using System.Runtime.InteropServices;

namespace Aloud.Audio;

/// <summary>
/// <see cref="LoudnessMeter.IntegratedLoudness"/> of audio that arrives a piece at a time: the K-weighting
/// filters run on across pieces and the 400 ms blocks (75% overlap) are collected as their 100 ms segments
/// complete, so after any piece the reading equals the meter's over everything so far. The gating is redone
/// over all blocks on each reading: a few thousand additions per sentence, for an hour-long stream.
/// </summary>
internal sealed class RunningLoudness
{
    private readonly int _segmentLength;
    private readonly double[] _lastSegments = new double[4]; // a ring of the latest four segment energies
    private long _segmentCount;
    private readonly List<double> _blocks = [];
    private BiquadState _stage1;
    private BiquadState _stage2;
    private double _partialEnergy; // of the segment being filled
    private int _partialLength;
    private double _totalEnergy; // every sample so far, for the shorter-than-a-block reading
    private long _totalLength;

    /// <summary>A meter for mono audio at <paramref name="sampleRate"/>.</summary>
    public RunningLoudness(int sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        _segmentLength = Math.Max(1, (int)Math.Round(sampleRate * 0.1));
        _stage1 = new BiquadState(KWeighting.PreFilter(sampleRate));
        _stage2 = new BiquadState(KWeighting.HighPass(sampleRate));
    }

    /// <summary>Integrated loudness in LUFS of everything added so far; -∞ while nothing passes the gate.</summary>
    public double IntegratedLufs
    {
        get
        {
            if (_blocks.Count > 0)
            {
                return LoudnessMeter.GatedLoudness(CollectionsMarshal.AsSpan(_blocks));
            }

            // Shorter than one block: like the meter, read everything so far as one block.
            return _totalLength == 0
                ? double.NegativeInfinity
                : LoudnessMeter.GatedLoudness([_totalEnergy / _totalLength]);
        }
    }

    /// <summary>Adds the next piece of audio.</summary>
    public void Add(ReadOnlySpan<float> samples)
    {
        foreach (float x in samples)
        {
            double y = _stage2.Process(_stage1.Process(x));
            double energy = y * y;
            _partialEnergy += energy;
            _totalEnergy += energy;
            _totalLength++;
            if (++_partialLength == _segmentLength)
            {
                CompleteSegment();
            }
        }
    }

    private void CompleteSegment()
    {
        _lastSegments[_segmentCount % 4] = _partialEnergy;
        _segmentCount++;
        _partialEnergy = 0;
        _partialLength = 0;
        if (_segmentCount >= 4)
        {
            // The same sum, in the same order, as the meter's block of segments b .. b+3.
            long b = _segmentCount - 4;
            double sum = _lastSegments[b % 4] + _lastSegments[(b + 1) % 4] + _lastSegments[(b + 2) % 4] + _lastSegments[(b + 3) % 4];
            _blocks.Add(sum / (4.0 * _segmentLength));
        }
    }
}
