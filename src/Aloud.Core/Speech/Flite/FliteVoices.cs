namespace Aloud.Speech.Flite;

/// <summary>The Flite voices Debian's libflite1 ships, in the order we offer them (the first is the default).</summary>
internal static class FliteVoices
{
    public const string EngineName = "flite";

    /// <summary>Flite's output rate for all four voices (kal16 included, as its name says).</summary>
    public const int SampleRate = 16000;

    public static readonly IReadOnlyList<Voice> All =
    [
        new("rms", EngineName, "cmu_us_rms", "en-US", SampleRate, "Flite rms: US English, male (clustergen); the clearest"),
        new("slt", EngineName, "cmu_us_slt", "en-US", SampleRate, "Flite slt: US English, female (clustergen)"),
        new("awb", EngineName, "cmu_us_awb", "en-GB-scotland", SampleRate, "Flite awb: Scottish English, male (clustergen)"),
        new("kal16", EngineName, "cmu_us_kal16", "en-US", SampleRate, "Flite kal16: US English, male (diphone); fastest, dated"),
    ];

    /// <summary>The short names, which are also the suffix of each voice's library and register function.</summary>
    public static IEnumerable<string> Names => All.Select(v => v.Id);

    /// <summary>The Debian file name of a voice's library, for error messages.</summary>
    public static string LibraryOf(string name) => $"libflite_cmu_us_{name}.so.1";
}
