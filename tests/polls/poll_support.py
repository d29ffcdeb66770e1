"""Helpers for the poll-service tests: a fixed extractor, a feed carrying the Taliban post, actors."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.config import Settings
from bot.core import Pollwatch
from bot.models import Actor, Extraction, Figure, FigureGroup, PollMeta, Role
from bot.permissions import OPERATOR
from tests.support import Clock, FeedServer, rss

QUESTION = "Is the Taliban's comeback a threat to the U.S.?"
ANSWERS = ("Yes, a threat", "No, not a threat")
POST_TEXT = (
    "The newest YouGov survey asked whether the Taliban's comeback is a threat to the U.S., and 60% of "
    "registered voters said it is, while 14% said it isn't. Among 2020 Trump voters, 83% and 6%."
)


def _group(gid: str, population: str, values: tuple[float, float]) -> FigureGroup:
    figures = tuple(
        Figure(
            value=v,
            start=0,
            end=2,
            group=gid,
            question=QUESTION,
            answer=a,
            population=population,
            pollster="YouGov",
        )
        for v, a in zip(values, ANSWERS, strict=True)
    )
    return FigureGroup(gid, QUESTION, population, "YouGov", "quote", figures)


TALIBAN = Extraction(
    figures=(),
    groups=(_group("g1", "registered voters", (60, 14)), _group("g2", "2020 Trump voters", (83, 6))),
    meta=PollMeta(pollster="YouGov", sample_size=1000, margin_of_error=3.2, fieldwork="Aug 14-17, 2021"),
)


class FixedExtractor:
    """Finds the Taliban question in any text mentioning the Taliban, nothing elsewhere."""

    def extract(self, text: str) -> Extraction:
        return TALIBAN if "Taliban" in text else Extraction()


MOD = Actor("console", "mod-1", "Mo", frozenset({Role.MODERATOR}))


def member(i: int | str) -> Actor:
    return Actor("console", f"user-{i}", f"user {i}")


def at(clock: Clock) -> datetime:
    return datetime.fromtimestamp(clock.now, UTC)


async def open_core(settings: Settings, clock: Clock) -> Pollwatch:
    return await Pollwatch.open(settings, clock=clock, extractor=FixedExtractor())


def serve_taliban_feed(server: FeedServer, path: str = "/taliban.xml") -> str:
    """Serve one post carrying the Taliban figures; returns its feed URL."""
    return server.set(
        path,
        rss(
            [
                {
                    "title": "Voters are scared of the Taliban",
                    "guid": "urn:taliban",
                    "link": "https://example.org/taliban",
                    "pubDate": "Mon, 02 Mar 2026 15:30:00 GMT",
                    "description": f"<p>{POST_TEXT}</p>",
                }
            ],
            title="Poll watch daily",
        ),
    )


async def publish_taliban_post(core: Pollwatch, server: FeedServer, channel: str = "demo") -> None:
    """Serve one post with the Taliban figures and subscribe ``console/channel`` to it."""
    await core.feeds.add(OPERATOR, "console", channel, serve_taliban_feed(server), backfill=5)
