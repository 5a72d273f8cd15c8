using System.Net.Http.Json;

namespace Aloud.Server.Tests.Hosting;

/// <summary>`aloud worker`: a host with the workers only, narrating what a server with no workers of its own queued.</summary>
public sealed class WorkerHostTests
{
    [Fact]
    public async Task A_worker_host_on_the_same_data_narrates_a_servers_queue()
    {
        using var server = new AloudAppFactory(new() { ["Aloud:Workers"] = "0" });
        var id = await server.PostAsync(new { text = Samples.Story(1) });
        await Task.Delay(1500);
        var waiting = await server.KeyedClient().GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/articles/{id}");
        Assert.Equal("queued", waiting.GetProperty("status").GetString()); // nobody to narrate it yet

        using var worker = AloudServer.BuildWorker([], new Dictionary<string, string?> { ["Aloud:Data"] = server.DataFolder, ["Aloud:Workers"] = "1" });
        await worker.StartAsync();
        try
        {
            await server.WaitForAsync(id);
        }
        finally
        {
            await worker.StopAsync();
        }
    }
}
