using Microsoft.Extensions.Options;

namespace Aloud.Server.Hosting;

/// <summary>Binds and checks <see cref="ServerOptions"/>, and sizes Kestrel's body limit from them.</summary>
internal static class OptionsSetup
{
    public static void AddAloudOptions(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ServerOptions>()
            .Bind(builder.Configuration.GetSection(ServerOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.Podcast is not null && o.CorsOrigins is not null, "Aloud:Podcast and Aloud:CorsOrigins must not be empty")
            .Validate(o => o.SpeechVoices.Values.All(v => !string.IsNullOrWhiteSpace(v)), "every Aloud:SpeechVoices entry must name a voice")
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ServerOptions>, DataFolderValidation>();
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            var options = new ServerOptions();
            context.Configuration.GetSection(ServerOptions.Section).Bind(options);
            KestrelLimits.Apply(kestrel.Limits, options);
            kestrel.AddServerHeader = false;
        });
    }

    /// <summary>The data folder must be creatable and writable: say so at start, not at the first article.</summary>
    private sealed class DataFolderValidation : IValidateOptions<ServerOptions>
    {
        public ValidateOptionsResult Validate(string? name, ServerOptions options)
        {
            try
            {
                Directory.CreateDirectory(options.Data);
                var probe = Path.Combine(options.Data, $".write-test-{Environment.ProcessId}");
                File.WriteAllText(probe, "");
                File.Delete(probe);
                return ValidateOptionsResult.Success;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return ValidateOptionsResult.Fail($"Aloud:Data: the data folder '{options.Data}' cannot be written: {e.Message}");
            }
        }
    }
}
