namespace Aloud.Speech;

/// <summary>Checks <see cref="SynthesisOptions.Rate"/> once for all engines, so they agree on what is valid.</summary>
public static class SpeechRate
{
    /// <summary>Slowest supported rate: a quarter of the voice's normal speed.</summary>
    public const double Min = 0.25;

    /// <summary>Fastest supported rate: four times the voice's normal speed.</summary>
    public const double Max = 4.0;

    /// <summary>Returns the rate, or throws if it is not a finite number in [<see cref="Min"/>, <see cref="Max"/>].</summary>
    public static double Validate(SynthesisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!(options.Rate >= Min && options.Rate <= Max))
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), options.Rate, $"Speech rate must be between {Min} and {Max} (1.0 is normal speed).");
        }

        return options.Rate;
    }
}
