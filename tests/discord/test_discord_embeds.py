"""Pure tests: digests and results as embeds within Discord's limits, and permissions → roles."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import adapters.discord  # noqa: F401  (imports discord.py without its audioop warning)
from adapters.discord.embeds import (
    DESCRIPTION_MAX,
    FIELD_NAME_MAX,
    FIELD_VALUE_MAX,
    FIELDS_MAX,
    TITLE_MAX,
    TOTAL_MAX,
    bundle_messages,
    clip,
    digest_embed,
)
from adapters.discord.roles import RoleConfig, roles_for
from bot.models import Digest, DigestBundle, Figure, FigureGroup, PollMeta, Role
from tests.discord.support import TALIBAN


def group(q: int, p: int, answers: int, *, long: int = 20) -> FigureGroup:
    question = f"Question {q} " + "word " * long
    figures = tuple(
        Figure(
            float(a), 0, 2, f"g{q}-{p}", question, f"answer {a} " + "x" * long, f"population {p}", "Pollster"
        )
        for a in range(answers)
    )
    return FigureGroup(f"g{q}-{p}", question, f"population {p} " + "y" * long, "Pollster", "quote", figures)


def digest(
    groups: tuple[FigureGroup, ...] = (), *, summary: str = "A short summary.", title: str = "A post"
) -> Digest:
    return Digest(
        post_id=12,
        title=title,
        link="https://example.org/a",
        feed_title="Feed " * 100,
        published_at=datetime(2026, 3, 2, 15, 30, tzinfo=UTC),
        summary=summary,
        groups=groups,
        meta=PollMeta(pollster="YouGov " * 500, sample_size=1000, margin_of_error=3.2),
    )


def check_limits(embed: object) -> None:
    data = embed.to_dict()  # type: ignore[attr-defined]
    assert len(embed) <= TOTAL_MAX  # type: ignore[arg-type]
    assert len(data.get("title", "")) <= TITLE_MAX
    assert len(data.get("description", "")) <= DESCRIPTION_MAX
    assert len(data.get("fields", [])) <= FIELDS_MAX
    for field in data.get("fields", []):
        assert 0 < len(field["name"]) <= FIELD_NAME_MAX and 0 < len(field["value"]) <= FIELD_VALUE_MAX
    assert len(data.get("footer", {}).get("text", "")) <= 2048
    assert len(data.get("author", {}).get("name", "")) <= 256


def test_a_normal_digest_shows_each_question_with_its_populations() -> None:
    embed = digest_embed(digest(TALIBAN.groups))
    check_limits(embed)
    (field,) = embed.fields
    assert field.name == "Q1 · p12q1 · Is the Taliban's comeback a threat to the U.S.?"
    assert field.value.splitlines() == [
        "registered voters: Yes, a threat **60%** · No, not a threat **14%**",
        "2020 Trump voters: Yes, a threat **83%** · No, not a threat **6%**",
    ]
    assert embed.footer.text and embed.footer.text.startswith("Poll by YouGov")


@pytest.mark.parametrize(
    ("questions", "populations", "answers", "long"),
    [(60, 1, 3, 5), (3, 40, 10, 40), (30, 30, 10, 200), (1, 1, 300, 100)],
)
def test_huge_digests_are_trimmed_within_every_limit(
    questions: int, populations: int, answers: int, long: int
) -> None:
    groups = tuple(group(q, p, answers, long=long) for q in range(questions) for p in range(populations))
    embed = digest_embed(digest(groups, summary="Sentence. " * 5000, title="T" * 5000))
    check_limits(embed)
    assert embed.title and embed.title.endswith("…")
    assert embed.description and embed.description.endswith("…")
    shown = [f for f in embed.fields if f.name != "More"]
    assert shown, "at least the first question is shown"
    if len(shown) < questions:
        assert embed.fields[-1].name == "More"
        assert f"{questions - len(shown)} more question" in embed.fields[-1].value


def test_a_bundle_keeps_every_post_and_each_message_within_limits() -> None:
    groups = tuple(group(q, 0, 4, long=30) for q in range(8))
    posts = tuple(digest(groups, summary="Word " * 800, title=f"Post {i}") for i in range(37))
    bundle = DigestBundle("Daily digest: feed", None, datetime(2026, 3, 3, tzinfo=UTC), posts)
    messages = bundle_messages(bundle)
    titles = [e.title for _content, embeds in messages for e in embeds]
    assert titles == [f"Post {i}" for i in range(37)]
    for content, embeds in messages:
        assert len(embeds) <= 10 and sum(len(e) for e in embeds) <= TOTAL_MAX
        assert "37 new posts" in content and len(content) <= 2000
        for embed in embeds:
            check_limits(embed)


def test_an_empty_bundle_says_nothing_new() -> None:
    bundle = DigestBundle("Weekly digest: feed", None, datetime(2026, 3, 3, tzinfo=UTC), ())
    ((content, embeds),) = bundle_messages(bundle)
    assert "Nothing new" in content and embeds == []


def test_clip_cuts_at_a_word() -> None:
    assert clip("short", 10) == "short"
    assert clip("one two three four", 12) == "one two…"
    assert len(clip("x" * 50, 10)) == 10


def test_permissions_and_role_ids_map_to_roles() -> None:
    import discord

    config = RoleConfig(frozenset({"11"}), frozenset({"22"}))
    assert roles_for(discord.Permissions.none(), [], config) == {Role.MEMBER}
    assert Role.ADMIN in roles_for(discord.Permissions(manage_guild=True), [], config)
    assert Role.ADMIN in roles_for(discord.Permissions(administrator=True), [], config)
    assert roles_for(discord.Permissions(manage_messages=True), [], config) == {Role.MEMBER, Role.MODERATOR}
    assert Role.ADMIN in roles_for(discord.Permissions.none(), [11], config)
    assert roles_for(discord.Permissions.none(), ["22", 33], config) == {Role.MEMBER, Role.MODERATOR}
