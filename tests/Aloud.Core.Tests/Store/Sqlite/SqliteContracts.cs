using Aloud.Tests.Store.Contracts;

namespace Aloud.Tests.Store.Sqlite;

// The store contracts on the one-box backend: a SQLite file.
public sealed class SqliteArticleStoreTests() : ArticleStoreContract(new SqliteStoreFixture());

public sealed class SqliteJobQueueTests() : JobQueueContract(new SqliteStoreFixture());

public sealed class SqliteKeyStoreTests() : KeyStoreContract(new SqliteStoreFixture());

public sealed class SqliteLexiconStoreTests() : LexiconStoreContract(new SqliteStoreFixture());

public sealed class SqliteListeningStoreTests() : ListeningStoreContract(new SqliteStoreFixture());
