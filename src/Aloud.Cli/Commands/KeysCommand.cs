using System.CommandLine;
using Aloud.Store;
using Aloud.Store.Sql;

namespace Aloud.Cli.Commands;

/// <summary><c>aloud keys create|list|revoke</c>: the API keys of a server's store.</summary>
internal static class KeysCommand
{
    private static readonly Option<string> Data = new("--data") { Description = "The server's data folder (default ./data).", DefaultValueFactory = _ => "data" };
    private static readonly Option<string?> Database = new("--db") { Description = "The server's database when it is not the SQLite file in --data: postgres://USER[:PASSWORD]@HOST:PORT/DB." };

    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "Who or what the key is for (shown in listings)." };
        var readOnly = new Option<bool>("--read-only") { Description = "The key may only read (GET); writes answer 403." };
        var create = new Command("create", "Create a key; its secret is printed once, and only its hash is kept.") { name, readOnly, Data, Database };
        create.SetAction(result => Run(result, async keys =>
        {
            var created = await keys.CreateAsync(result.GetValue(name)!, result.GetValue(readOnly)).ConfigureAwait(false);
            Console.WriteLine(created.Secret);
            Console.Error.WriteLine($"created key {created.Info.Id} ({created.Info.Name}{(created.Info.ReadOnly ? ", read-only" : "")}); keep the secret above, it is not stored");
        }));

        var list = new Command("list", "List keys: id, name, scope, created, revoked.") { Data, Database };
        list.SetAction(result => Run(result, async keys =>
        {
            foreach (var key in await keys.ListAsync().ConfigureAwait(false))
            {
                var state = key.Revoked is { } revoked ? $"revoked {revoked:yyyy-MM-dd HH:mm}" : "active";
                Console.WriteLine($"{key.Id}\t{key.Name}\t{(key.ReadOnly ? "read-only" : "read-write")}\tcreated {key.Created:yyyy-MM-dd HH:mm}\t{state}");
            }
        }));

        var id = new Argument<string>("ID") { Description = "The key's id (see 'aloud keys list')." };
        var revoke = new Command("revoke", "Revoke a key: requests with it answer 401 from then on.") { id, Data, Database };
        revoke.SetAction(result => Run(result, async keys =>
        {
            if (!await keys.RevokeAsync(result.GetValue(id)!).ConfigureAwait(false)) throw new UsageException($"no active key {result.GetValue(id)}");
            Console.Error.WriteLine($"revoked key {result.GetValue(id)}");
        }));

        return new Command("keys", "Manage the service's API keys.") { create, list, revoke };
    }

    private static int Run(ParseResult result, Func<IKeyStore, Task> action) => CliErrors.Run(() =>
    {
        var database = StoreBackends.OpenDatabase(result.GetValue(Database), result.GetValue(Data)!);
        database.MigrateAsync().GetAwaiter().GetResult();
        action(new SqlKeyStore(database)).GetAwaiter().GetResult();
        return ExitCodes.Success;
    });
}
