"""What Slack refuses, as the stand-in checks it (pure: a payload in, Slack's error out or ``None``).

Written from Slack's reference pages (Block Kit blocks, elements and composition objects; chat.postMessage,
chat.postEphemeral, views.open/push; message metadata), not from pollwatch's code, so that a payload the
stand-in accepts is one Slack would accept too. Each check returns the ``error`` Slack answers with and a
``detail`` like the ``response_metadata.messages`` Slack adds, or ``None`` when the payload is fine.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_MESSAGE_BLOCKS = 50
MAX_MODAL_BLOCKS = 100
MAX_TEXT_CHARS = 40_000  # a message's top-level text
MAX_SECTION_TEXT = 3000
MAX_SECTION_FIELDS = 10
MAX_FIELD_TEXT = 2000
MAX_HEADER_TEXT = 150
MAX_CONTEXT_ELEMENTS = 10
MAX_ACTIONS_ELEMENTS = 25
MAX_BUTTON_TEXT = 75
MAX_ACTION_ID = 255
MAX_BLOCK_ID = 255
MAX_BUTTON_VALUE = 2000
MAX_URL = 3000
MAX_OPTION_TEXT = 75
MAX_OPTION_VALUE = 150
MAX_SELECT_OPTIONS = 100
MAX_PLACEHOLDER = 150
MAX_VIEW_TITLE = 24
MAX_VIEW_BUTTON = 24
MAX_CALLBACK_ID = 255
MAX_PRIVATE_METADATA = 3000
MAX_INPUT_LABEL = 2000
MAX_INPUT_HINT = 2000
MAX_INPUT_INITIAL = 3000
MAX_VIEW_STACK = 3
EVENT_TYPE = re.compile(r"^[a-zA-Z0-9_]+$")

Problem = tuple[str, str]


class Invalid(Exception):
    def __init__(self, where: str, what: str) -> None:
        super().__init__(f"{what} [json-pointer:{where}]")


def _text_object(obj: Any, where: str, limit: int, *, plain_only: bool = False) -> None:
    if not isinstance(obj, dict) or obj.get("type") not in ("plain_text", "mrkdwn"):
        raise Invalid(where, "must be a text object")
    if plain_only and obj["type"] != "plain_text":
        raise Invalid(f"{where}/type", "must be plain_text")
    text = obj.get("text")
    if not isinstance(text, str) or not text:
        raise Invalid(f"{where}/text", "must be more than 0 characters")
    if len(text) > limit:
        raise Invalid(f"{where}/text", f"must be less than {limit + 1} characters")


def _ident(value: Any, where: str, limit: int) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not value:
        raise Invalid(where, "must be a non-empty string")
    if len(value) > limit:
        raise Invalid(where, f"must be less than {limit + 1} characters")


def _option(opt: Any, where: str) -> None:
    if not isinstance(opt, dict):
        raise Invalid(where, "must be an option object")
    _text_object(opt.get("text"), f"{where}/text", MAX_OPTION_TEXT)
    value = opt.get("value")
    if not isinstance(value, str) or not value or len(value) > MAX_OPTION_VALUE:
        raise Invalid(f"{where}/value", f"must be 1 to {MAX_OPTION_VALUE} characters")


def _element(el: Any, where: str) -> None:
    if not isinstance(el, dict):
        raise Invalid(where, "must be an element")
    kind = el.get("type")
    _ident(el.get("action_id"), f"{where}/action_id", MAX_ACTION_ID)
    if kind == "button":
        _text_object(el.get("text"), f"{where}/text", MAX_BUTTON_TEXT, plain_only=True)
        value = el.get("value")
        if value is not None and (not isinstance(value, str) or len(value) > MAX_BUTTON_VALUE):
            raise Invalid(f"{where}/value", f"must be less than {MAX_BUTTON_VALUE + 1} characters")
        url = el.get("url")
        if url is not None and len(str(url)) > MAX_URL:
            raise Invalid(f"{where}/url", f"must be less than {MAX_URL + 1} characters")
    elif kind == "static_select":
        if "placeholder" in el:
            _text_object(el["placeholder"], f"{where}/placeholder", MAX_PLACEHOLDER, plain_only=True)
        options = el.get("options")
        if not isinstance(options, list) or not options:
            raise Invalid(f"{where}/options", "must provide at least 1 option")
        if len(options) > MAX_SELECT_OPTIONS:
            raise Invalid(f"{where}/options", f"must provide no more than {MAX_SELECT_OPTIONS} items")
        for i, opt in enumerate(options):
            _option(opt, f"{where}/options/{i}")
    elif kind == "plain_text_input":
        initial = el.get("initial_value")
        if initial is not None and len(str(initial)) > MAX_INPUT_INITIAL:
            raise Invalid(f"{where}/initial_value", f"must be less than {MAX_INPUT_INITIAL + 1} characters")
        if "placeholder" in el:
            _text_object(el["placeholder"], f"{where}/placeholder", MAX_PLACEHOLDER, plain_only=True)
    elif kind in ("checkboxes", "radio_buttons"):
        options = el.get("options") or []
        if not options or len(options) > 10:
            raise Invalid(f"{where}/options", "must provide 1 to 10 options")
        for i, opt in enumerate(options):
            _option(opt, f"{where}/options/{i}")
        for i, opt in enumerate(el.get("initial_options") or []):
            _option(opt, f"{where}/initial_options/{i}")
    elif kind in ("image",):
        pass
    else:
        raise Invalid(f"{where}/type", f"unknown element type {kind!r}")


def _block(block: Any, where: str, *, modal: bool) -> None:
    if not isinstance(block, dict):
        raise Invalid(where, "must be a block")
    _ident(block.get("block_id"), f"{where}/block_id", MAX_BLOCK_ID)
    kind = block.get("type")
    if kind == "section":
        if "text" not in block and "fields" not in block:
            raise Invalid(where, "must contain either text or fields")
        if "text" in block:
            _text_object(block["text"], f"{where}/text", MAX_SECTION_TEXT)
        fields = block.get("fields")
        if fields is not None:
            if not isinstance(fields, list) or len(fields) > MAX_SECTION_FIELDS:
                raise Invalid(f"{where}/fields", f"must provide no more than {MAX_SECTION_FIELDS} items")
            for i, field in enumerate(fields):
                _text_object(field, f"{where}/fields/{i}", MAX_FIELD_TEXT)
        if "accessory" in block:
            _element(block["accessory"], f"{where}/accessory")
    elif kind == "header":
        _text_object(block.get("text"), f"{where}/text", MAX_HEADER_TEXT, plain_only=True)
    elif kind == "context":
        elements = block.get("elements")
        if not isinstance(elements, list) or not elements:
            raise Invalid(f"{where}/elements", "must provide at least 1 item")
        if len(elements) > MAX_CONTEXT_ELEMENTS:
            raise Invalid(f"{where}/elements", f"must provide no more than {MAX_CONTEXT_ELEMENTS} items")
        for i, el in enumerate(elements):
            if isinstance(el, dict) and el.get("type") in ("plain_text", "mrkdwn"):
                _text_object(el, f"{where}/elements/{i}", MAX_SECTION_TEXT)
    elif kind == "actions":
        elements = block.get("elements")
        if not isinstance(elements, list) or not elements:
            raise Invalid(f"{where}/elements", "must provide at least 1 item")
        if len(elements) > MAX_ACTIONS_ELEMENTS:
            raise Invalid(f"{where}/elements", f"must provide no more than {MAX_ACTIONS_ELEMENTS} items")
        seen: set[str] = set()
        for i, el in enumerate(elements):
            _element(el, f"{where}/elements/{i}")
            action_id = el.get("action_id")
            if action_id in seen:
                raise Invalid(f"{where}/elements/{i}/action_id", "must be unique within the block")
            if action_id:
                seen.add(action_id)
    elif kind == "divider":
        pass
    elif kind == "input":
        if not modal:
            raise Invalid(f"{where}/type", "input blocks only go in modals and Home tabs")
        _text_object(block.get("label"), f"{where}/label", MAX_INPUT_LABEL, plain_only=True)
        if "hint" in block:
            _text_object(block["hint"], f"{where}/hint", MAX_INPUT_HINT, plain_only=True)
        _element(block.get("element"), f"{where}/element")
    else:
        raise Invalid(f"{where}/type", f"unknown block type {kind!r}")


def _blocks(raw: Any, *, limit: int, modal: bool) -> None:
    blocks = json.loads(raw) if isinstance(raw, str) else raw
    if not isinstance(blocks, list):
        raise Invalid("", "must be an array of blocks")
    if len(blocks) > limit:
        raise Invalid("", f"no more than {limit} items allowed")
    block_ids: set[str] = set()
    for i, block in enumerate(blocks):
        _block(block, f"/{i}", modal=modal)
        bid = block.get("block_id")
        if bid is not None:
            if bid in block_ids:
                raise Invalid(f"/{i}/block_id", "must be unique within the message")
            block_ids.add(bid)


def check_message(params: dict[str, Any]) -> Problem | None:
    """chat.postMessage, chat.postEphemeral, chat.update and response URLs."""
    text = params.get("text")
    blocks = params.get("blocks")
    if not text and not blocks:
        return "no_text", "text or blocks is required"
    if text is not None and len(str(text)) > MAX_TEXT_CHARS:
        return "msg_too_long", f"text must be at most {MAX_TEXT_CHARS} characters"
    if blocks is not None:
        try:
            _blocks(blocks, limit=MAX_MESSAGE_BLOCKS, modal=False)
        except Invalid as exc:
            return "invalid_blocks", str(exc)
    metadata = params.get("metadata")
    if metadata is not None:
        data = json.loads(metadata) if isinstance(metadata, str) else metadata
        if (
            not isinstance(data, dict)
            or not EVENT_TYPE.match(str(data.get("event_type", "")))
            or not isinstance(data.get("event_payload"), dict)
        ):
            return "invalid_metadata_format", "metadata needs an event_type and an event_payload object"
    return None


def check_view(raw: Any) -> Problem | None:
    """views.open, views.push and views.update."""
    view = json.loads(raw) if isinstance(raw, str) else raw
    if not isinstance(view, dict) or view.get("type") != "modal":
        return "invalid_arguments", "view must be a modal"
    try:
        _text_object(view.get("title"), "/title", MAX_VIEW_TITLE, plain_only=True)
        for button in ("submit", "close"):
            if button in view:
                _text_object(view[button], f"/{button}", MAX_VIEW_BUTTON, plain_only=True)
        _ident(view.get("callback_id"), "/callback_id", MAX_CALLBACK_ID)
        metadata = view.get("private_metadata")
        if metadata is not None and len(str(metadata)) > MAX_PRIVATE_METADATA:
            raise Invalid("/private_metadata", f"must be less than {MAX_PRIVATE_METADATA + 1} characters")
        has_input = any(isinstance(b, dict) and b.get("type") == "input" for b in view.get("blocks") or [])
        if has_input and "submit" not in view:
            raise Invalid("/submit", "is required when the view has input blocks")
        _blocks(view.get("blocks"), limit=MAX_MODAL_BLOCKS, modal=True)
    except Invalid as exc:
        return "invalid_arguments", str(exc)
    return None
