using Aloud.Server;

// `dotnet Aloud.Server.dll` and `aloud serve` run the same application; AloudServer composes it.
await AloudServer.Build(args).RunAsync();

/// <summary>The entry point, public so tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
