"""One well-formedness check for the labelled passages written for the project (tests/extract/data).

Every written case file is labelled by the shared README's rules; this checks what a labelling slip would
break in any of them: each figure's span reads its value (digits, a decimal comma's "39,8", or a share in
words such as "half"), figures in text order, groups numbered g1, g2, ... in order of first use, and the
labels a file is about filled in.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.reading.extract.numbers import DECIMAL_COMMA


def check_written_cases(
    records: Sequence[dict[str, Any]],
    *,
    at_least: int,
    negatives: int = 0,
    labelled: tuple[str, ...] = (),
) -> None:
    """Fail on the first record that breaks the labelling conventions (see the module's docstring).

    ``negatives`` is how many passages at least label no figure (text that must yield nothing);
    ``labelled`` names the labels every figure must carry ("answer", "population", "question")."""
    assert len(records) >= at_least
    assert sum(1 for r in records if not r["figures"]) >= negatives
    for r in records:
        figures = r["figures"]
        starts = [f["start"] for f in figures]
        assert starts == sorted(starts), r["id"]
        groups = list(dict.fromkeys(f["group"] for f in figures))
        assert groups == [f"g{i + 1}" for i in range(len(groups))], r["id"]
        for f in figures:
            written = str(r["text"])[f["start"] : f["end"]]
            if written[:1].isdigit():
                # ("39,8" is a share written with a decimal comma: the span is the number as written)
                as_float = written.replace(",", ".") if DECIMAL_COMMA.fullmatch(written) else written
                assert float(as_float) == f["value"], (r["id"], written)
            else:
                assert written.replace("-", "").isalpha(), (r["id"], written)
            for key in labelled:
                assert f[key], (r["id"], written, key)
