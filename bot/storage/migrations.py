"""Numbered schema migrations for SQLite. Append new steps; never edit one that has shipped.

Times are epoch seconds (REAL, UTC). ``PRAGMA user_version`` records the last step applied. PostgreSQL has its
own numbering (:mod:`bot.storage.migrations_pg`): a step added here needs its counterpart there, and
``tests/test_storage_backends.py`` checks that both end with the same tables and columns.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: feeds, subscriptions, seen entries, posts with their figures, and the delivery outbox.
    """
    CREATE TABLE feeds (
        id              INTEGER PRIMARY KEY,
        url             TEXT    NOT NULL UNIQUE,
        title           TEXT,
        etag            TEXT,
        last_modified   TEXT,
        next_check_at   REAL    NOT NULL,
        last_checked_at REAL,
        last_success_at REAL,
        failures        INTEGER NOT NULL DEFAULT 0,
        last_error      TEXT,
        status          TEXT    NOT NULL DEFAULT 'active',
        created_at      REAL    NOT NULL
    );
    CREATE INDEX feeds_due ON feeds (status, next_check_at);

    CREATE TABLE subscriptions (
        id          INTEGER PRIMARY KEY,
        feed_id     INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
        platform    TEXT    NOT NULL,
        channel     TEXT    NOT NULL,
        schedule    TEXT    NOT NULL DEFAULT 'immediate',
        backfill    INTEGER NOT NULL DEFAULT 1,
        primed      INTEGER NOT NULL DEFAULT 0,
        created_at  REAL    NOT NULL,
        UNIQUE (feed_id, platform, channel)
    );

    CREATE TABLE posts (
        id           INTEGER PRIMARY KEY,
        feed_id      INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
        entry_key    TEXT    NOT NULL,
        content_hash TEXT    NOT NULL,
        title        TEXT    NOT NULL,
        link         TEXT,
        published_at REAL,
        text         TEXT    NOT NULL,
        summary      TEXT    NOT NULL,
        extraction   TEXT    NOT NULL,
        fetched_at   REAL    NOT NULL,
        UNIQUE (feed_id, entry_key)
    );

    -- Every key an entry has been seen under (an entry whose id changes keeps its post). post_id is NULL
    -- for the backlog found when a feed is first added: seen, never read, never delivered.
    CREATE TABLE entries (
        feed_id       INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
        entry_key     TEXT    NOT NULL,
        content_hash  TEXT    NOT NULL,
        post_id       INTEGER REFERENCES posts (id) ON DELETE CASCADE,
        first_seen_at REAL    NOT NULL,
        PRIMARY KEY (feed_id, entry_key)
    );
    CREATE INDEX entries_by_hash ON entries (feed_id, content_hash);

    CREATE TABLE figures (
        id         INTEGER PRIMARY KEY,
        post_id    INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
        group_key  TEXT    NOT NULL,
        value      REAL    NOT NULL,
        start      INTEGER NOT NULL,
        "end"      INTEGER NOT NULL,
        question   TEXT    NOT NULL,
        answer     TEXT    NOT NULL,
        population TEXT    NOT NULL,
        pollster   TEXT,
        wave       TEXT
    );
    CREATE INDEX figures_by_post ON figures (post_id);

    CREATE TABLE deliveries (
        id               INTEGER PRIMARY KEY,
        post_id          INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
        subscription_id  INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        status           TEXT    NOT NULL DEFAULT 'pending',
        attempts         INTEGER NOT NULL DEFAULT 0,
        next_attempt_at  REAL    NOT NULL,
        claimed_until    REAL,
        last_error       TEXT,
        message_ref      TEXT,
        created_at       REAL    NOT NULL,
        sent_at          REAL,
        UNIQUE (post_id, subscription_id)
    );
    CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at);
    """,
    # 2: reader polls, their votes (one row per member, under a salted hash), and installation secrets.
    """
    CREATE TABLE polls (
        id                   INTEGER PRIMARY KEY,
        platform             TEXT    NOT NULL,
        channel              TEXT    NOT NULL,
        question_key         TEXT    NOT NULL,  -- p12q2 for an extracted question, custom:<text> otherwise
        question             TEXT    NOT NULL,
        options              TEXT    NOT NULL,  -- JSON list of labels, in index order
        refs                 TEXT    NOT NULL,  -- JSON list of reference series
        hide_results         INTEGER NOT NULL,
        subgroup_question    TEXT,
        subgroup_options     TEXT    NOT NULL,  -- JSON list of labels
        subgroup_populations TEXT    NOT NULL,  -- JSON list of [subgroup label, population]
        post_id              INTEGER REFERENCES posts (id) ON DELETE SET NULL,
        created_by           TEXT    NOT NULL,
        status               TEXT    NOT NULL DEFAULT 'open',
        created_at           REAL    NOT NULL,
        closes_at            REAL    NOT NULL,
        closed_at            REAL,
        message_ref          TEXT
    );
    CREATE UNIQUE INDEX polls_one_open ON polls (platform, channel, question_key) WHERE status = 'open';
    CREATE INDEX polls_due ON polls (status, closes_at);

    CREATE TABLE votes (
        poll_id      INTEGER NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
        voter_hash   TEXT    NOT NULL,  -- HMAC-SHA256(salt, "platform:user id"); never the id itself
        option_index INTEGER NOT NULL,
        subgroup     TEXT,
        cast_at      REAL    NOT NULL,
        PRIMARY KEY (poll_id, voter_hash)
    ) WITHOUT ROWID;

    -- Values generated once per installation (e.g. the voter salt when POLLWATCH_VOTER_SALT is unset).
    CREATE TABLE secrets (
        name  TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 3: feed administration: filters and schedules per subscription, full text and pausing per feed,
    #    and an outbox for notices to a channel's admins.
    """
    ALTER TABLE subscriptions ADD COLUMN include_terms TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE subscriptions ADD COLUMN exclude_terms TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE subscriptions ADD COLUMN only_polls INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE subscriptions ADD COLUMN next_digest_at REAL;
    ALTER TABLE subscriptions ADD COLUMN last_digest_at REAL;
    CREATE INDEX subscriptions_digest_due ON subscriptions (next_digest_at);

    ALTER TABLE feeds ADD COLUMN full_text TEXT NOT NULL DEFAULT 'auto';
    ALTER TABLE posts ADD COLUMN text_source TEXT NOT NULL DEFAULT 'feed';

    -- Deliveries of a scheduled subscription wait as 'held' until its digest goes out.
    CREATE INDEX deliveries_by_subscription ON deliveries (subscription_id, status);

    CREATE TABLE notices (
        id              INTEGER PRIMARY KEY,
        platform        TEXT    NOT NULL,
        channel         TEXT    NOT NULL,
        text            TEXT    NOT NULL,
        status          TEXT    NOT NULL DEFAULT 'pending',
        attempts        INTEGER NOT NULL DEFAULT 0,
        next_attempt_at REAL    NOT NULL,
        created_at      REAL    NOT NULL,
        sent_at         REAL
    );
    CREATE INDEX notices_due ON notices (status, next_attempt_at);
    """,
    # 4: the outbox carries poll results and admin notices too, and a claim names the process holding it
    #    ("host:pid:start"), so claims of a process that is gone are released at start-up.
    """
    ALTER TABLE deliveries ADD COLUMN claimed_by TEXT;
    ALTER TABLE notices ADD COLUMN kind TEXT NOT NULL DEFAULT 'notice';
    ALTER TABLE notices ADD COLUMN poll_id INTEGER REFERENCES polls (id) ON DELETE CASCADE;
    ALTER TABLE notices ADD COLUMN message_ref TEXT;
    ALTER TABLE notices ADD COLUMN claimed_until REAL;
    ALTER TABLE notices ADD COLUMN claimed_by TEXT;
    """,
    # 5: a feed's fetch lease, so several processes sharing the database each fetch a due feed once.
    """
    ALTER TABLE feeds ADD COLUMN leased_by TEXT;
    ALTER TABLE feeds ADD COLUMN lease_until REAL;
    """,
)
