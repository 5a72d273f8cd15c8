using System.Text.Json;
using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

public class JsonObjectsTests
{
    [Fact]
    public void Objects_come_breadth_first_through_arrays()
    {
        using var json = JsonDocument.Parse("""[{"n":1,"inner":{"n":3}},{"n":2}]""");
        var order = JsonObjects.BreadthFirst(json.RootElement).Select(o => o.GetProperty("n").GetInt32()).ToList();
        Assert.Equal([1, 2, 3], order);
    }

    [Fact]
    public void A_huge_document_is_walked_within_the_node_budget()
    {
        var many = "[" + string.Join(",", Enumerable.Repeat("{\"a\":{}}", 30_000)) + "]";
        using var json = JsonDocument.Parse(many);
        Assert.True(JsonObjects.BreadthFirst(json.RootElement).Count() < JsonObjects.MaxNodes);
    }
}
