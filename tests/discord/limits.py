"""Discord's documented limits on what a bot sends, as the stand-in checks them.

Each check returns the problems it found as ``(path, message)``; the stand-in answers any problem the way
Discord does, with 400 and code 50035 ("Invalid Form Body") and an ``errors`` tree naming the field, which
discord.py turns into "In embeds.0.description: Must be 4096 or fewer in length.".

Pure functions over the JSON payloads: no I/O, nothing from the project.
"""

from __future__ import annotations

import re
from typing import Any

Problem = tuple[str, str]

CONTENT_MAX = 2000
EMBEDS_MAX = 10
EMBED_TITLE_MAX = 256
EMBED_DESCRIPTION_MAX = 4096
EMBED_FIELDS_MAX = 25
EMBED_FIELD_NAME_MAX = 256
EMBED_FIELD_VALUE_MAX = 1024
EMBED_FOOTER_MAX = 2048
EMBED_AUTHOR_MAX = 256
EMBED_TOTAL_MAX = 6000
ACTION_ROWS_MAX = 5
BUTTONS_PER_ROW = 5
BUTTON_LABEL_MAX = 80
CUSTOM_ID_MAX = 100
SELECT_OPTIONS_MAX = 25
SELECT_OPTION_TEXT_MAX = 100
SELECT_PLACEHOLDER_MAX = 150
MODAL_TITLE_MAX = 45
MODAL_COMPONENTS_MAX = 5
MODAL_LABEL_MAX = 45
TEXT_INPUT_VALUE_MAX = 4000
TEXT_INPUT_PLACEHOLDER_MAX = 100
NONCE_MAX = 25
POLL_QUESTION_MAX = 300
POLL_ANSWERS_MAX = 10
POLL_ANSWER_MAX = 55
POLL_HOURS_MAX = 32 * 24
AUTOCOMPLETE_CHOICES_MAX = 25
CHOICE_NAME_MAX = 100
THREAD_NAME_MAX = 100
MENTION_PARSE = {"everyone", "users", "roles"}

ROLE_MENTION = re.compile(r"<@&(\d+)>")
USER_MENTION = re.compile(r"<@!?(\d+)>")
EVERYONE = re.compile(r"@(everyone|here)\b")


def _too_long(path: str, value: Any, limit: int) -> list[Problem]:
    if isinstance(value, str) and len(value) > limit:
        return [(path, f"Must be {limit} or fewer in length.")]
    return []


def embed_size(embed: dict[str, Any]) -> int:
    """What Discord counts towards the 6,000 characters of a message's embeds."""
    size = len(embed.get("title") or "") + len(embed.get("description") or "")
    size += len((embed.get("footer") or {}).get("text") or "")
    size += len((embed.get("author") or {}).get("name") or "")
    for field in embed.get("fields") or []:
        size += len(field.get("name") or "") + len(field.get("value") or "")
    return size


def check_embeds(embeds: Any) -> list[Problem]:
    if not embeds:
        return []
    problems: list[Problem] = []
    if len(embeds) > EMBEDS_MAX:
        problems.append(("embeds", f"Must be {EMBEDS_MAX} or fewer in length."))
    for i, embed in enumerate(embeds):
        at = f"embeds.{i}"
        problems += _too_long(f"{at}.title", embed.get("title"), EMBED_TITLE_MAX)
        problems += _too_long(f"{at}.description", embed.get("description"), EMBED_DESCRIPTION_MAX)
        problems += _too_long(f"{at}.footer.text", (embed.get("footer") or {}).get("text"), EMBED_FOOTER_MAX)
        problems += _too_long(f"{at}.author.name", (embed.get("author") or {}).get("name"), EMBED_AUTHOR_MAX)
        fields = embed.get("fields") or []
        if len(fields) > EMBED_FIELDS_MAX:
            problems.append((f"{at}.fields", f"Must be {EMBED_FIELDS_MAX} or fewer in length."))
        for j, field in enumerate(fields):
            for key, limit in (("name", EMBED_FIELD_NAME_MAX), ("value", EMBED_FIELD_VALUE_MAX)):
                value = field.get(key)
                if not isinstance(value, str) or not value.strip():
                    problems.append((f"{at}.fields.{j}.{key}", "This field is required"))
                problems += _too_long(f"{at}.fields.{j}.{key}", value, limit)
    if sum(embed_size(e) for e in embeds) > EMBED_TOTAL_MAX:
        problems.append(("embeds", f"Embed size exceeds maximum size of {EMBED_TOTAL_MAX}"))
    return problems


def _check_button(at: str, button: dict[str, Any]) -> list[Problem]:
    problems = _too_long(f"{at}.label", button.get("label"), BUTTON_LABEL_MAX)
    if button.get("style") == 5:  # a link button has a url, no custom_id
        return problems
    custom_id = button.get("custom_id")
    if not custom_id:
        problems.append((f"{at}.custom_id", "This field is required"))
    return problems + _too_long(f"{at}.custom_id", custom_id, CUSTOM_ID_MAX)


def _check_select(at: str, select: dict[str, Any]) -> list[Problem]:
    problems = _too_long(f"{at}.custom_id", select.get("custom_id"), CUSTOM_ID_MAX)
    problems += _too_long(f"{at}.placeholder", select.get("placeholder"), SELECT_PLACEHOLDER_MAX)
    options = select.get("options") or []
    if select.get("type") == 3 and not 1 <= len(options) <= SELECT_OPTIONS_MAX:
        problems.append((f"{at}.options", f"Must be between 1 and {SELECT_OPTIONS_MAX} in length."))
    for k, option in enumerate(options):
        for key in ("label", "value", "description"):
            problems += _too_long(f"{at}.options.{k}.{key}", option.get(key), SELECT_OPTION_TEXT_MAX)
    if int(select.get("max_values") or 1) > max(1, len(options)) and select.get("type") == 3:
        problems.append((f"{at}.max_values", "Must be less than or equal to the number of options."))
    return problems


def check_components(components: Any) -> list[Problem]:
    """Message components (not Components V2): up to 5 action rows, each of up to 5 buttons or one
    select; every custom_id unique within the message."""
    if not components:
        return []
    problems: list[Problem] = []
    if len(components) > ACTION_ROWS_MAX:
        problems.append(("components", f"Must be {ACTION_ROWS_MAX} or fewer in length."))
    seen: set[str] = set()
    for i, row in enumerate(components):
        at = f"components.{i}"
        if row.get("type") != 1:
            problems.append((f"{at}.type", "Value must be an action row (1) here."))
            continue
        items = row.get("components") or []
        selects = [c for c in items if c.get("type") in (3, 5, 6, 7, 8)]
        if not items or len(items) > BUTTONS_PER_ROW or (selects and len(items) > 1):
            problems.append((f"{at}.components", "An action row holds 1 to 5 buttons or a single select."))
        for j, item in enumerate(items):
            where = f"{at}.components.{j}"
            problems += _check_button(where, item) if item.get("type") == 2 else _check_select(where, item)
            custom_id = item.get("custom_id")
            if custom_id in seen:
                problems.append((f"{where}.custom_id", "Component custom id cannot be duplicated"))
            if custom_id:
                seen.add(custom_id)
    return problems


def check_poll(poll: Any) -> list[Problem]:
    if not poll:
        return []
    problems = _too_long("poll.question.text", (poll.get("question") or {}).get("text"), POLL_QUESTION_MAX)
    answers = poll.get("answers") or []
    if not 1 <= len(answers) <= POLL_ANSWERS_MAX:
        problems.append(("poll.answers", f"Must be between 1 and {POLL_ANSWERS_MAX} in length."))
    for i, answer in enumerate(answers):
        text = (answer.get("poll_media") or {}).get("text")
        problems += _too_long(f"poll.answers.{i}.poll_media.text", text, POLL_ANSWER_MAX)
    if not 1 <= int(poll.get("duration") or 24) <= POLL_HOURS_MAX:
        problems.append(("poll.duration", f"Must be between 1 and {POLL_HOURS_MAX}."))
    return problems


def check_allowed_mentions(allowed: Any) -> list[Problem]:
    if allowed is None:
        return []
    parse = allowed.get("parse") or []
    problems: list[Problem] = []
    if set(parse) - MENTION_PARSE:
        problems.append(("allowed_mentions.parse", "Value must be one of everyone, users, roles."))
    for kind in ("users", "roles"):
        if kind in parse and allowed.get(kind):
            problems.append(
                (f"allowed_mentions.{kind}", f'parse:["{kind}"] and {kind}: [ids] are mutually exclusive.')
            )
    return problems


def check_message(payload: dict[str, Any], *, files: int = 0, edit: bool = False) -> list[Problem]:
    """A message to create (or, with ``edit``, the fields of an edit)."""
    problems = _too_long("content", payload.get("content"), CONTENT_MAX)
    problems += check_embeds(payload.get("embeds"))
    problems += check_components(payload.get("components"))
    problems += check_poll(payload.get("poll"))
    problems += check_allowed_mentions(payload.get("allowed_mentions"))
    nonce = payload.get("nonce")
    if isinstance(nonce, str):
        problems += _too_long("nonce", nonce, NONCE_MAX)
    empty = not (payload.get("content") or payload.get("embeds") or payload.get("poll") or files)
    empty = empty and not payload.get("components") and not payload.get("sticker_ids")
    if not edit and empty:
        problems.append(("content", "Cannot send an empty message"))
    return problems


def _check_text_input(at: str, item: dict[str, Any], label_required: bool) -> list[Problem]:
    problems = _too_long(f"{at}.custom_id", item.get("custom_id"), CUSTOM_ID_MAX)
    if label_required and not item.get("label"):
        problems.append((f"{at}.label", "This field is required"))
    problems += _too_long(f"{at}.label", item.get("label"), MODAL_LABEL_MAX)
    problems += _too_long(f"{at}.placeholder", item.get("placeholder"), TEXT_INPUT_PLACEHOLDER_MAX)
    for key in ("min_length", "max_length"):
        bound = item.get(key)
        if bound is not None and not (0 if key == "min_length" else 1) <= int(bound) <= TEXT_INPUT_VALUE_MAX:
            problems.append((f"{at}.{key}", f"Must be between 0 and {TEXT_INPUT_VALUE_MAX}."))
    value = item.get("value")
    problems += _too_long(f"{at}.value", value, TEXT_INPUT_VALUE_MAX)
    if isinstance(value, str) and item.get("max_length") is not None:
        problems += _too_long(f"{at}.value", value, int(item["max_length"]))
    return problems


def check_modal(data: dict[str, Any]) -> list[Problem]:
    """A modal (interaction callback type 9): title 45, 1 to 5 components, each a label (type 18) around
    one input or an action row with one text input; labels 45, values up to 4,000."""
    problems = _too_long("data.title", data.get("title"), MODAL_TITLE_MAX)
    if not data.get("title"):
        problems.append(("data.title", "This field is required"))
    problems += _too_long("data.custom_id", data.get("custom_id"), CUSTOM_ID_MAX)
    components = data.get("components") or []
    if not 1 <= len(components) <= MODAL_COMPONENTS_MAX:
        problems.append(("data.components", f"Must be between 1 and {MODAL_COMPONENTS_MAX} in length."))
    for i, row in enumerate(components):
        at = f"data.components.{i}"
        if row.get("type") == 18:
            problems += _too_long(f"{at}.label", row.get("label"), MODAL_LABEL_MAX)
            problems += _too_long(f"{at}.description", row.get("description"), SELECT_OPTION_TEXT_MAX)
            inner = row.get("component") or {}
            if inner.get("type") == 4:
                problems += _check_text_input(f"{at}.component", inner, label_required=False)
            else:
                problems += _check_select(f"{at}.component", inner)
        elif row.get("type") == 1:
            items = row.get("components") or []
            if len(items) != 1 or items[0].get("type") != 4:
                problems.append((f"{at}.components", "A modal's action row holds exactly one text input."))
            for j, item in enumerate(items):
                problems += _check_text_input(f"{at}.components.{j}", item, label_required=True)
        else:
            problems.append((f"{at}.type", "A modal holds labels or action rows."))
    return problems


def check_autocomplete(data: dict[str, Any]) -> list[Problem]:
    choices = data.get("choices") or []
    problems: list[Problem] = []
    if len(choices) > AUTOCOMPLETE_CHOICES_MAX:
        problems.append(("data.choices", f"Must be {AUTOCOMPLETE_CHOICES_MAX} or fewer in length."))
    for i, choice in enumerate(choices):
        name = choice.get("name") or ""
        if not 1 <= len(name) <= CHOICE_NAME_MAX:
            problems.append((f"data.choices.{i}.name", f"Must be between 1 and {CHOICE_NAME_MAX} in length."))
        if isinstance(choice.get("value"), str):
            problems += _too_long(f"data.choices.{i}.value", choice["value"], CHOICE_NAME_MAX)
    return problems


def error_tree(problems: list[Problem]) -> dict[str, Any]:
    """Discord's nested ``errors`` object: ``{"embeds": {"0": {"title": {"_errors": [...]}}}}``."""
    tree: dict[str, Any] = {}
    for path, message in problems:
        node = tree
        for part in path.split("."):
            node = node.setdefault(part, {})
        node.setdefault("_errors", []).append({"code": "BASE_TYPE_MAX_LENGTH", "message": message})
    return tree


def pinged(content: str, allowed: dict[str, Any] | None) -> dict[str, Any]:
    """Who a message's content notifies, by Discord's rules: with no ``allowed_mentions`` everything in the
    content is parsed; otherwise only the kinds in ``parse`` and the ids listed. Embeds never notify."""
    parse = set(MENTION_PARSE if allowed is None else allowed.get("parse") or [])
    users = {str(u) for u in (allowed or {}).get("users") or []}
    roles = {str(r) for r in (allowed or {}).get("roles") or []}
    return {
        "mention_everyone": "everyone" in parse and bool(EVERYONE.search(content)),
        "mention_roles": [r for r in ROLE_MENTION.findall(content) if "roles" in parse or r in roles],
        "mentions": [u for u in USER_MENTION.findall(content) if "users" in parse or u in users],
    }
