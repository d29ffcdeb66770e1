"""An extraction leaves nothing for the cyclic garbage collector: its analysis is freed as it returns."""

from __future__ import annotations

import gc
from pathlib import Path

from bot.reading.extract import default_extractor

_POST = Path(__file__).parent / "data" / "golden" / "long_blog_post.txt"


def test_an_extraction_leaves_no_reference_cycles() -> None:
    extractor = default_extractor()
    text = _POST.read_text()
    extractor.extract(text)  # warm the module-level caches, which live on between texts
    gc.collect()
    gc.disable()  # the extraction leaves the collector paused, so only this collect() finds cycles
    try:
        got = extractor.extract(text)
        assert got.figures
        assert gc.collect() == 0
    finally:
        gc.enable()
