namespace Aloud.Store.Sql;

/// <summary>
/// The schema, as an ordered list of migrations written once for both databases, with the types they name
/// differently as placeholders ({INT}, {REAL}, {BLOB}, {ID}, {WRITTEN_NOCASE}); each database formats them in its own.
/// Each runs once, in order, inside the migration transaction. Never edit a migration that has shipped; add the
/// next one. Times are Unix milliseconds (UTC).
/// </summary>
internal static class SchemaText
{
    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            url TEXT UNIQUE,
            title TEXT, byline TEXT, published {INT}, language TEXT,
            settings TEXT NOT NULL,
            feed_id TEXT,
            current_version {INT} NOT NULL DEFAULT 0,
            audio_revision {INT} NOT NULL DEFAULT 0,
            audio_version {INT},
            audio_duration_ms {REAL},
            audio_files TEXT,
            audio_voice TEXT,
            audio_completed {INT},
            created {INT} NOT NULL,
            updated {INT} NOT NULL
        );
        CREATE INDEX articles_created ON articles (created DESC);
        CREATE INDEX articles_audio ON articles (audio_completed DESC) WHERE audio_revision > 0;
        CREATE TABLE article_versions (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            version {INT} NOT NULL,
            kind TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            content_type TEXT,
            content {BLOB} NOT NULL,
            created {INT} NOT NULL,
            PRIMARY KEY (article_id, version)
        );
        CREATE TABLE jobs (
            id {ID},
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            version {INT} NOT NULL,
            reason TEXT NOT NULL,
            status TEXT NOT NULL,
            attempts {INT} NOT NULL DEFAULT 0,
            run_after {INT} NOT NULL,
            lease_owner TEXT,
            lease_expires {INT},
            sentences_done {INT} NOT NULL DEFAULT 0,
            sentences_total {INT} NOT NULL DEFAULT 0,
            error TEXT,
            created {INT} NOT NULL,
            started {INT},
            finished {INT}
        );
        CREATE INDEX jobs_due ON jobs (status, run_after);
        CREATE INDEX jobs_article ON jobs (article_id, id);
        CREATE TABLE api_keys (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            hash TEXT NOT NULL UNIQUE,
            read_only {INT} NOT NULL,
            created {INT} NOT NULL,
            revoked {INT},
            last_used {INT}
        );
        CREATE TABLE lexicon_versions (
            version {INT} PRIMARY KEY,
            json TEXT NOT NULL,
            created {INT} NOT NULL
        );
        CREATE TABLE feeds (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            url TEXT NOT NULL UNIQUE,
            settings TEXT NOT NULL,
            state TEXT,
            created {INT} NOT NULL
        );
        CREATE TABLE hooks (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            secret TEXT NOT NULL,
            settings TEXT NOT NULL,
            created {INT} NOT NULL
        );
        CREATE TABLE hook_deliveries (
            hook_id TEXT NOT NULL,
            signature TEXT NOT NULL,
            expires {INT} NOT NULL,
            PRIMARY KEY (hook_id, signature)
        );
        """,
        // 2: what listeners did with each article (counts per day, no identifiers) and the words they reported.
        """
        CREATE TABLE listening (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            day {INT} NOT NULL,
            plays {INT} NOT NULL DEFAULT 0,
            seconds {REAL} NOT NULL DEFAULT 0,
            rate_seconds {REAL} NOT NULL DEFAULT 0,
            q1 {INT} NOT NULL DEFAULT 0,
            q2 {INT} NOT NULL DEFAULT 0,
            q3 {INT} NOT NULL DEFAULT 0,
            q4 {INT} NOT NULL DEFAULT 0,
            PRIMARY KEY (article_id, day)
        );
        CREATE TABLE listening_rates (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            rate {REAL} NOT NULL,
            seconds {REAL} NOT NULL,
            PRIMARY KEY (article_id, rate)
        );
        CREATE TABLE reported_words (
            id {ID},
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            written TEXT NOT NULL,
            spoken TEXT,
            word_index {INT} NOT NULL,
            created {INT} NOT NULL
        );
        CREATE INDEX reported_words_written ON reported_words ({WRITTEN_NOCASE});
        """,
        // 3: revisions handed out one per narration attempt, so two workers that ever hold the same job (one of them
        // past its lease) write to different files; and the revision published before the current one, still served.
        """
        ALTER TABLE articles ADD COLUMN revisions_allocated {INT} NOT NULL DEFAULT 0;
        ALTER TABLE articles ADD COLUMN audio_previous_revision {INT};
        """,
    ];

    /// <summary>The migrations with the placeholders replaced by one database's words.</summary>
    public static IReadOnlyList<string> For(string integer, string real, string blob, string id, string writtenNoCase) =>
        [.. Migrations.Select(m => m.Replace("{INT}", integer, StringComparison.Ordinal).Replace("{REAL}", real, StringComparison.Ordinal)
            .Replace("{BLOB}", blob, StringComparison.Ordinal).Replace("{ID}", id, StringComparison.Ordinal)
            .Replace("{WRITTEN_NOCASE}", writtenNoCase, StringComparison.Ordinal))];
}
