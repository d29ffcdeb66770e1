"""Per-text memoisation of pure label helpers.

Inside one ``RuleExtractor.extract`` call the same window strings are read by several steps (the
filter, population, answer and question steps) and repeated passages give the same windows again;
``per_text`` functions compute each result once per text. Outside an extraction (``text_scope`` not
active) they are plain calls, and nothing is kept between texts.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar, cast

F = TypeVar("F", bound=Callable[..., Any])

_MEMO: ContextVar[dict[Any, Any] | None] = ContextVar("pollwatch_extract_memo", default=None)
_MISSING = object()


def per_text(fn: F) -> F:
    """Memoise ``fn`` (hashable arguments; immutable result) for the current text only."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        memo = _MEMO.get()
        if memo is None:
            return fn(*args, **kwargs)
        key = (wrapper, args, tuple(kwargs.items())) if kwargs else (wrapper, args)
        got = memo.get(key, _MISSING)
        if got is _MISSING:
            got = memo[key] = fn(*args, **kwargs)
        return got

    return cast(F, wrapper)


@contextmanager
def text_scope() -> Iterator[None]:
    """Activate a fresh memo for one text; it is dropped when the block ends. Inside an active scope
    (the weighed extractor runs the rules on the text it is reading) the enclosing memo is shared: the
    functions are pure, so sharing changes no result, only how often one is computed."""
    if _MEMO.get() is not None:
        yield
        return
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)
