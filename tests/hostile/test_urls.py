"""Issue 14, defects 5 and 6: legacy IPv4 spellings, URL variants, and bad outlines in an OPML import."""

from __future__ import annotations

import pytest

from bot.config import Settings
from bot.core import Pollwatch
from bot.errors import BlockedAddress, InvalidInput
from bot.feed_admin import normalise_url
from bot.fetch.addresses import canonical_url, check_http_url
from bot.permissions import OPERATOR
from tests.support import FeedServer, numbered_items, rss, with_settings

LEGACY = ["127.1", "2130706433", "0177.0.0.1", "0", "127.0.0.1.", "167772161", "0x7f.1", "0x7f000001"]


@pytest.mark.parametrize("host", LEGACY)
def test_legacy_ipv4_spellings_of_private_addresses_are_refused(host: str) -> None:
    with pytest.raises(BlockedAddress, match="private or local network address"):
        check_http_url(f"http://{host}/feed", allow_private=False)


def test_names_that_look_numeric_are_still_names() -> None:
    assert check_http_url("https://1password.com/feed", allow_private=False)
    assert check_http_url("https://example.org/feed", allow_private=False)


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("HTTP://Example.ORG/Feed", "http://example.org/Feed"),
        ("https://example.org:443", "https://example.org/"),
        ("http://example.org:80/x?a=1#top", "http://example.org/x?a=1"),
        ("http://example.org:8080/x/", "http://example.org:8080/x/"),
        ("https://bücher.example/feed", "https://xn--bcher-kva.example/feed"),
        ("http://127.1/feed", "http://127.0.0.1/feed"),
        ("http://example.org./feed", "http://example.org/feed"),
        ("http://[0:0:0:0:0:0:0:1]:80/", "http://[::1]/"),
    ],
)
def test_one_canonical_form_per_feed_url(raw: str, canonical: str) -> None:
    assert canonical_url(raw) == canonical
    assert canonical_url(canonical) == canonical


@pytest.mark.parametrize("raw", ["https://[::1", "http://example.org:99999/", "http://exa mple.org/"])
def test_url_errors_are_one_line_naming_the_url_without_class_names(raw: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        normalise_url(raw, operator=False)
    message = str(refused.value)
    assert "\n" not in message and raw.split()[0] in message
    assert "Error" not in message


async def test_url_variants_are_one_feed(core: Pollwatch, feed_server: FeedServer) -> None:
    feed_server.set("/", rss(numbered_items(2), title="Root"))
    base = f"127.0.0.1:{feed_server.port}"
    first = await core.feeds.add(OPERATOR, "console", "news", f"HTTP://{base}")
    for variant in (f"http://{base}/", f"http://{base}/#x", f"Http://{base}"):
        again = await core.feeds.add(OPERATOR, "console", "news", variant)
        assert again.already_subscribed and again.feed.id == first.feed.id
    assert len(await core.storage.subscriptions.with_feeds("console", "news")) == 1


async def test_legacy_private_address_is_refused_in_plain_words(settings: Settings) -> None:
    public_only = await Pollwatch.open(with_settings(settings, allow_private_feeds=False))
    try:
        for host in LEGACY:
            with pytest.raises(BlockedAddress, match="private or local network address"):
                await public_only.feeds.add(OPERATOR, "console", "news", f"http://{host}/feed")
    finally:
        await public_only.close()


async def test_opml_import_reports_bad_outlines_one_by_one_and_goes_on(core: Pollwatch) -> None:
    data = b"""<?xml version="1.0"?><opml version="2.0"><body>
      <outline text="broken" xmlUrl="https://[::1"/>
      <outline text="legacy" xmlUrl="http://2130706433/feed"/>
      <outline text="good" xmlUrl="https://example.org/feed"/>
      <outline text="port" xmlUrl="https://example.org:99999/feed"/>
    </body></opml>"""
    core.feeds._allow_private = False
    report = await core.feeds.import_opml(OPERATOR, "console", "news", data)
    assert report.added == ("https://example.org/feed",)
    failed = dict(report.failed)
    assert set(failed) == {"https://[::1", "http://2130706433/feed", "https://example.org:99999/feed"}
    assert "private or local network address" in failed["http://2130706433/feed"]
    assert all("\n" not in why and "Error" not in why for why in failed.values())
