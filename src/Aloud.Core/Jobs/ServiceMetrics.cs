using System.Diagnostics.Metrics;

namespace Aloud.Jobs;

/// <summary>
/// The service's own measurements, as System.Diagnostics.Metrics instruments on the "Aloud" meter, which the
/// server exports in Prometheus format: narrations and their latency, audio produced, synthesis cache use.
/// </summary>
public sealed class ServiceMetrics : IDisposable
{
    public const string MeterName = "Aloud";

    private readonly Meter _meter;
    private readonly Counter<long> _narrations;
    private readonly Counter<long> _failures;
    private readonly Counter<double> _audioSeconds;
    private readonly Counter<long> _cacheHits;
    private readonly Counter<long> _cacheMisses;
    private readonly Histogram<double> _latency;

    public ServiceMetrics(IMeterFactory? factory = null)
    {
        _meter = factory?.Create(MeterName) ?? new Meter(MeterName);
        _narrations = _meter.CreateCounter<long>("aloud.narrations", "{narration}", "Narrations completed and published.");
        _failures = _meter.CreateCounter<long>("aloud.narration.failures", "{attempt}", "Narration attempts that failed.");
        _audioSeconds = _meter.CreateCounter<double>("aloud.audio.produced", "s", "Seconds of audio published.");
        _cacheHits = _meter.CreateCounter<long>("aloud.synthesis.cache.hits", "{sentence}", "Sentences served from the synthesis cache.");
        _cacheMisses = _meter.CreateCounter<long>("aloud.synthesis.cache.misses", "{sentence}", "Sentences synthesised (not in the cache).");
        _latency = _meter.CreateHistogram<double>("aloud.narration.duration", "s", "Time from a job's claim to its audio being published.");
    }

    /// <summary>Registers the queue depth gauge; the callback is read when metrics are collected.</summary>
    public void ObserveQueue(Func<int> queued, Func<int> running)
    {
        _meter.CreateObservableGauge("aloud.queue.depth", queued, "{job}", "Jobs waiting to be narrated.");
        _meter.CreateObservableGauge("aloud.queue.running", running, "{job}", "Jobs being narrated now.");
    }

    public void Narrated(double audioSeconds, double latencySeconds)
    {
        _narrations.Add(1);
        _audioSeconds.Add(audioSeconds);
        _latency.Record(latencySeconds);
    }

    public void Failed() => _failures.Add(1);
    public void CacheHit() => _cacheHits.Add(1);
    public void CacheMiss() => _cacheMisses.Add(1);

    public void Dispose() => _meter.Dispose();
}
