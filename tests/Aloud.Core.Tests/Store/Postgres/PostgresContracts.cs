using Aloud.Tests.Store.Contracts;

namespace Aloud.Tests.Store.Postgres;

// The store contracts on the scale-out backend: PostgreSQL, a database per test.
public sealed class PostgresArticleStoreTests() : ArticleStoreContract(new PostgresStoreFixture());

public sealed class PostgresJobQueueTests() : JobQueueContract(new PostgresStoreFixture());

public sealed class PostgresKeyStoreTests() : KeyStoreContract(new PostgresStoreFixture());

public sealed class PostgresLexiconStoreTests() : LexiconStoreContract(new PostgresStoreFixture());

public sealed class PostgresListeningStoreTests() : ListeningStoreContract(new PostgresStoreFixture());
