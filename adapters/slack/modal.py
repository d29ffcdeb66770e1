"""The "start a reader poll" modal: built prefilled from a draft, and read back with field errors (pure).

Slack returns the form as ``view.state.values[block_id][action_id]``; :func:`read_form` turns it into a
:class:`PollForm` or raises :class:`FormErrors` mapping block ids to messages, which the submission handler
sends back with ``ack(response_action="errors", errors=...)`` so Slack shows them under the fields.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from adapters.slack.blocks import MAX_BUTTON, trim
from bot.errors import InvalidInput
from bot.polls.models import MAX_OPTIONS, MAX_QUESTION_CHARS, MIN_OPTIONS
from bot.polls.rules import duration_text, parse_poll_duration
from bot.polls.service import PollDraft

CALLBACK_ID = "pollwatch_poll_start"
QUESTION, OPTIONS, DURATION, SETTINGS = "question", "options", "duration", "settings"
LIVE, SUBGROUPS = "live", "subgroups"
SUBGROUP_OPTIONS = "subgroup_options"


class FormErrors(Exception):
    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


@dataclass(frozen=True, slots=True)
class PollForm:
    channel: str
    question_id: str | None
    question: str
    options: tuple[str, ...]
    duration: timedelta
    live: bool
    subgroups: bool
    subgroup_options: tuple[str, ...] = ()


def _input(
    block_id: str, label: str, element: dict[str, Any], *, hint: str = "", optional: bool = False
) -> dict[str, Any]:
    block: dict[str, Any] = {
        "type": "input",
        "block_id": block_id,
        "label": {"type": "plain_text", "text": label},
        "element": element,
        "optional": optional,
    }
    if hint:
        block["hint"] = {"type": "plain_text", "text": hint}
    return block


def poll_modal(channel: str, draft: PollDraft | None, default_duration: timedelta) -> dict[str, Any]:
    """The modal view, prefilled with the draft's question and options when there is one."""
    question: dict[str, Any] = {
        "type": "plain_text_input",
        "action_id": QUESTION,
        "max_length": MAX_QUESTION_CHARS,
    }
    options: dict[str, Any] = {"type": "plain_text_input", "action_id": OPTIONS, "multiline": True}
    if draft is not None:
        question["initial_value"] = draft.question
        options["initial_value"] = "\n".join(draft.options)
    blocks: list[dict[str, Any]] = []
    if draft is not None and draft.references:
        pollster = draft.pollster or "the published poll"
        pops = ", ".join(r.population for r in draft.references if r.population)
        blocks.append(
            {
                "type": "context",
                "elements": [
                    {
                        "type": "mrkdwn",
                        "text": trim(
                            f"From `{draft.question_id}`: compared with {pollster} ({pops}) at the close.",
                            2000,
                        ),
                    }
                ],
            }
        )
    blocks += [
        _input(QUESTION, "Question", question),
        _input(
            OPTIONS,
            "Options, one per line",
            options,
            hint=f"{MIN_OPTIONS} to {MAX_OPTIONS} options, each at most {MAX_BUTTON} characters",
        ),
        _input(
            DURATION,
            "Runs for",
            {
                "type": "plain_text_input",
                "action_id": DURATION,
                "initial_value": duration_text(default_duration),
            },
            hint="e.g. 30m, 2h, 1d (1 minute to 7 days)",
        ),
    ]
    choices = [{"text": {"type": "plain_text", "text": "Show results while the poll runs"}, "value": LIVE}]
    if draft is not None and draft.subgroup_options:
        # The optional self-report question, prefilled from the subgroups the post quotes; asked only when
        # the moderator ticks it, so results can be compared subgroup by subgroup.
        choices.append(
            {
                "text": {"type": "plain_text", "text": f"Also ask “{trim(draft.subgroup_question, 60)}”"},
                "description": {
                    "type": "plain_text",
                    "text": "Members pick one answer below; results then compare subgroup by subgroup.",
                },
                "value": SUBGROUPS,
            }
        )
        blocks.append(
            _input(
                SUBGROUP_OPTIONS,
                f"Answers to “{trim(draft.subgroup_question, 100)}”, one per line",
                {
                    "type": "plain_text_input",
                    "action_id": SUBGROUP_OPTIONS,
                    "multiline": True,
                    "initial_value": "\n".join(draft.subgroup_options),
                },
                hint="Asked only if ticked under Settings; from the subgroups the post quotes",
                optional=True,
            )
        )
    blocks.append(
        _input(
            SETTINGS,
            "Settings",
            {"type": "checkboxes", "action_id": SETTINGS, "options": choices},
            optional=True,
        )
    )
    return {
        "type": "modal",
        "callback_id": CALLBACK_ID,
        "private_metadata": json.dumps({"channel": channel, "qid": draft.question_id if draft else None}),
        "title": {"type": "plain_text", "text": "Start a reader poll"},
        "submit": {"type": "plain_text", "text": "Start poll"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": blocks,
    }


def _value(values: dict[str, Any], block: str) -> str:
    return str((values.get(block, {}).get(block) or {}).get("value") or "")


def _lines(text: str) -> tuple[str, ...]:
    return tuple(" ".join(line.split()) for line in text.splitlines() if line.strip())


def _options_error(options: tuple[str, ...], what: str) -> str | None:
    long = [o for o in options if len(o) > MAX_BUTTON]
    folded = [o.casefold() for o in options]
    if not MIN_OPTIONS <= len(options) <= MAX_OPTIONS:
        return f"Give {MIN_OPTIONS} to {MAX_OPTIONS} {what}, one per line (you gave {len(options)})."
    if long:
        shown = "buttons" if what == "options" else "menu entries"
        return (
            f"{what.capitalize()} are {shown}: at most {MAX_BUTTON} characters "
            f"(“{trim(long[0], 30)}” is longer)."
        )
    if len(set(folded)) != len(folded):
        twice = next(o for o in options if folded.count(o.casefold()) > 1)
        return f"“{trim(twice, 40)}” appears twice; {what} must differ."
    return None


def read_form(view: dict[str, Any]) -> PollForm:
    """The submitted form, validated; raises :class:`FormErrors` for what a moderator must fix."""
    meta = json.loads(view.get("private_metadata") or "{}")
    values: dict[str, Any] = view.get("state", {}).get("values", {})
    errors: dict[str, str] = {}
    question = " ".join(_value(values, QUESTION).split())
    if not question:
        errors[QUESTION] = "Write the question members will answer."
    elif len(question) > MAX_QUESTION_CHARS:
        errors[QUESTION] = f"At most {MAX_QUESTION_CHARS} characters."
    options = _lines(_value(values, OPTIONS))
    options_error = _options_error(options, "options")
    if options_error:
        errors[OPTIONS] = options_error
    duration = timedelta(0)
    try:
        duration = parse_poll_duration(_value(values, DURATION))
    except InvalidInput as exc:
        errors[DURATION] = str(exc)
    selected = {
        o.get("value") for o in (values.get(SETTINGS, {}).get(SETTINGS) or {}).get("selected_options") or []
    }
    subgroup_options = _lines(_value(values, SUBGROUP_OPTIONS)) if SUBGROUPS in selected else ()
    if SUBGROUPS in selected:
        sub_error = _options_error(subgroup_options, "answers")
        if sub_error:
            errors[SUBGROUP_OPTIONS] = sub_error
    if errors:
        raise FormErrors(errors)
    return PollForm(
        channel=str(meta.get("channel") or ""),
        question_id=meta.get("qid"),
        question=question,
        options=options,
        duration=duration,
        live=LIVE in selected,
        subgroups=SUBGROUPS in selected,
        subgroup_options=subgroup_options,
    )
