"""Feed URLs stored before they were written in one canonical form, rewritten at start-up.

Feeds added before canonical URLs (issue 14) may be spelled ``HTTP://Example.test:80/feed``, and the same
feed may be there twice in two spellings. :func:`canonicalise_feed_urls` gives every feed its canonical URL;
feeds that meet under one URL become one: the feed already spelled that way (else the oldest) keeps its
id and state, and takes the others' posts, seen entries and subscriptions. Nothing is delivered twice:

- an entry seen under either spelling stays seen, so the next fetch finds nothing new in it;
- a post both feeds stored (one entry key) becomes the keeper's post: its deliveries, polls and seen
  entries move over, and a channel that had it from both keeps one delivery -- the one already sent if
  either was;
- a channel subscribed to both keeps the keeper's subscription, with the other one's deliveries moved to
  it under the same rule.

It is a step at start-up rather than a numbered migration because the canonical form is Python
(:func:`bot.fetch.addresses.canonical_url`: IDNA, legacy IPv4 spellings). When every URL is canonical
already it costs one read of the feed URLs and writes nothing. A URL that cannot be made canonical (not
http(s), malformed) is left as it is: its checks fail it with a message naming it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from bot.errors import UserError
from bot.storage.db import Database, Row, Transaction

log = logging.getLogger(__name__)


async def canonicalise_feed_urls(
    db: Database, canonical: Callable[[str], str], identity: Callable[[str], str] = lambda url: url
) -> list[tuple[str, str]]:
    """Rewrite stored feed URLs in ``canonical`` form, merging feeds whose canonical URLs have one
    ``identity`` (e.g. "/feed" and "/feed/"); the (old, new) URLs changed. The feed kept is the first one
    already spelled canonically, else the first added, under its own canonical spelling."""
    rows = await db.fetchall("SELECT id, url FROM feeds ORDER BY id")
    if not _work(rows, canonical, identity):
        return []
    changed: list[tuple[str, str]] = []
    async with db.transaction() as tx:  # read again inside: another process may have done it meanwhile
        rows = await tx.fetchall("SELECT id, url FROM feeds f ORDER BY id" + db.dialect.hold("f"))
        groups: dict[str, list[tuple[int, str, str]]] = {}
        for row in rows:
            url = _canonical(canonical, row["url"])
            groups.setdefault(_identity(identity, url), []).append((row["id"], row["url"], url))
        for feeds in groups.values():
            if len(feeds) == 1 and feeds[0][1] == feeds[0][2]:
                continue
            keeper, _, url = next(((f, o, c) for f, o, c in feeds if o == c), feeds[0])
            for fid, old, _new in feeds:
                if fid != keeper:
                    await _merge(tx, fid, keeper)
                if old != url:
                    changed.append((old, url))
            await tx.execute("UPDATE feeds SET url = ? WHERE id = ?", (url, keeper))
    for old, new in changed:
        log.info("feed URL %s is now written %s", old, new)
    return changed


def _work(rows: Sequence[Row], canonical: Callable[[str], str], identity: Callable[[str], str]) -> bool:
    """Whether any stored URL is not canonical or two feeds share an identity."""
    seen: set[str] = set()
    for row in rows:
        url = _canonical(canonical, row["url"])
        key = _identity(identity, url)
        if url != row["url"] or key in seen:
            return True
        seen.add(key)
    return False


def _identity(identity: Callable[[str], str], url: str) -> str:
    if url.startswith("file:"):
        return url
    try:
        return identity(url)
    except ValueError:  # a stored address that cannot be parsed is its own feed
        return url


def _canonical(canonical: Callable[[str], str], url: str) -> str:
    if url.startswith("file:"):
        return url
    try:
        return canonical(url)
    except UserError:
        return url


async def _merge(tx: Transaction, old: int, keep: int) -> None:
    """Feed ``old`` into feed ``keep``, then delete ``old``."""
    # Posts both feeds stored under one entry key: the keeper's post takes over.
    pairs = await tx.fetchall(
        "SELECT o.id AS old_post, k.id AS keep_post FROM posts o JOIN posts k "
        "ON k.feed_id = ? AND k.entry_key = o.entry_key WHERE o.feed_id = ?",
        (keep, old),
    )
    for pair in pairs:
        await _move_deliveries(tx, "post_id", pair["old_post"], pair["keep_post"])
        await tx.execute(
            "UPDATE polls SET post_id = ? WHERE post_id = ?", (pair["keep_post"], pair["old_post"])
        )
        await tx.execute(
            "UPDATE entries SET post_id = ? WHERE post_id = ?", (pair["keep_post"], pair["old_post"])
        )
        await tx.execute("DELETE FROM posts WHERE id = ?", (pair["old_post"],))
    await tx.execute("UPDATE posts SET feed_id = ? WHERE feed_id = ?", (keep, old))
    # Every entry seen under either URL stays seen.
    await tx.execute(
        "INSERT INTO entries (feed_id, entry_key, content_hash, post_id, first_seen_at) "
        "SELECT ?, entry_key, content_hash, post_id, first_seen_at FROM entries WHERE feed_id = ? "
        "ON CONFLICT DO NOTHING",
        (keep, old),
    )
    subscriptions = await tx.fetchall(
        "SELECT o.id AS old_sub, k.id AS keep_sub, o.primed AS primed FROM subscriptions o "
        "LEFT JOIN subscriptions k ON k.feed_id = ? AND k.platform = o.platform AND k.channel = o.channel "
        "WHERE o.feed_id = ?",
        (keep, old),
    )
    for sub in subscriptions:
        if sub["keep_sub"] is None:
            await tx.execute("UPDATE subscriptions SET feed_id = ? WHERE id = ?", (keep, sub["old_sub"]))
            continue
        await _move_deliveries(tx, "subscription_id", sub["old_sub"], sub["keep_sub"])
        if sub["primed"]:
            await tx.execute("UPDATE subscriptions SET primed = 1 WHERE id = ?", (sub["keep_sub"],))
    await tx.execute("DELETE FROM feeds WHERE id = ?", (old,))  # what was not moved is a duplicate


async def _move_deliveries(tx: Transaction, column: str, old: int, keep: int) -> None:
    """Deliveries of ``old`` (a post or a subscription) go to ``keep``; where both had one for the same
    (post, subscription), one stays: the one already sent if either was."""
    other = "subscription_id" if column == "post_id" else "post_id"
    await tx.execute(
        f"DELETE FROM deliveries WHERE {column} = ? AND status != 'sent' AND {other} IN "
        f"(SELECT {other} FROM deliveries WHERE {column} = ? AND status = 'sent')",
        (keep, old),
    )
    await tx.execute(
        f"UPDATE deliveries SET {column} = ? WHERE {column} = ? AND {other} NOT IN "
        f"(SELECT {other} FROM deliveries WHERE {column} = ?)",
        (keep, old, keep),
    )
    await tx.execute(f"DELETE FROM deliveries WHERE {column} = ?", (old,))
