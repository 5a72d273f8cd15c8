namespace Aloud.Store.Sqlite;

/// <summary>
/// The schema, as an ordered list of migrations: each runs once, in order, inside the migration transaction.
/// Never edit a migration that has shipped; add the next one. Times are Unix milliseconds (UTC).
/// </summary>
internal static class SqliteSchema
{
    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            url TEXT UNIQUE,
            title TEXT, byline TEXT, published INTEGER, language TEXT,
            settings TEXT NOT NULL,
            feed_id TEXT,
            current_version INTEGER NOT NULL DEFAULT 0,
            audio_revision INTEGER NOT NULL DEFAULT 0,
            audio_version INTEGER,
            audio_duration_ms REAL,
            audio_files TEXT,
            audio_voice TEXT,
            audio_completed INTEGER,
            created INTEGER NOT NULL,
            updated INTEGER NOT NULL
        );
        CREATE INDEX articles_created ON articles (created DESC);
        CREATE INDEX articles_audio ON articles (audio_completed DESC) WHERE audio_revision > 0;
        CREATE TABLE article_versions (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            kind TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            content_type TEXT,
            content BLOB NOT NULL,
            created INTEGER NOT NULL,
            PRIMARY KEY (article_id, version)
        );
        CREATE TABLE jobs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            reason TEXT NOT NULL,
            status TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            run_after INTEGER NOT NULL,
            lease_owner TEXT,
            lease_expires INTEGER,
            sentences_done INTEGER NOT NULL DEFAULT 0,
            sentences_total INTEGER NOT NULL DEFAULT 0,
            error TEXT,
            created INTEGER NOT NULL,
            started INTEGER,
            finished INTEGER
        );
        CREATE INDEX jobs_due ON jobs (status, run_after);
        CREATE INDEX jobs_article ON jobs (article_id, id);
        CREATE TABLE api_keys (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            hash TEXT NOT NULL UNIQUE,
            read_only INTEGER NOT NULL,
            created INTEGER NOT NULL,
            revoked INTEGER,
            last_used INTEGER
        );
        CREATE TABLE lexicon_versions (
            version INTEGER PRIMARY KEY,
            json TEXT NOT NULL,
            created INTEGER NOT NULL
        );
        CREATE TABLE feeds (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            url TEXT NOT NULL UNIQUE,
            settings TEXT NOT NULL,
            state TEXT,
            created INTEGER NOT NULL
        );
        CREATE TABLE hooks (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            secret TEXT NOT NULL,
            settings TEXT NOT NULL,
            created INTEGER NOT NULL
        );
        CREATE TABLE hook_deliveries (
            hook_id TEXT NOT NULL,
            signature TEXT NOT NULL,
            expires INTEGER NOT NULL,
            PRIMARY KEY (hook_id, signature)
        );
        """,
        // 2: what listeners did with each article (counts per day, no identifiers) and the words they reported.
        """
        CREATE TABLE listening (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            day INTEGER NOT NULL,
            plays INTEGER NOT NULL DEFAULT 0,
            seconds REAL NOT NULL DEFAULT 0,
            rate_seconds REAL NOT NULL DEFAULT 0,
            q1 INTEGER NOT NULL DEFAULT 0,
            q2 INTEGER NOT NULL DEFAULT 0,
            q3 INTEGER NOT NULL DEFAULT 0,
            q4 INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (article_id, day)
        );
        CREATE TABLE listening_rates (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            rate REAL NOT NULL,
            seconds REAL NOT NULL,
            PRIMARY KEY (article_id, rate)
        );
        CREATE TABLE reported_words (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            written TEXT NOT NULL,
            spoken TEXT,
            word_index INTEGER NOT NULL,
            created INTEGER NOT NULL
        );
        CREATE INDEX reported_words_written ON reported_words (written COLLATE NOCASE);
        """,
        // 3: revisions handed out one per narration attempt, so two workers that ever hold the same job (one of them
        // past its lease) write to different files; and the revision published before the current one, still served.
        """
        ALTER TABLE articles ADD COLUMN revisions_allocated INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE articles ADD COLUMN audio_previous_revision INTEGER;
        """,
    ];
}
