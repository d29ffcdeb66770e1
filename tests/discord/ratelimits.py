"""Discord's rate limits as the stand-in applies them: per-route buckets announced in ``X-RateLimit-*``
headers, and a global limit on the requests of one bot.

- A bucket is a route template (e.g. ``POST /channels/{id}/messages``) and its major parameter (the
  channel, the webhook or interaction token); it allows ``limit`` requests per ``window`` seconds, and every
  answer says how many are left and when the bucket refills.
- Over a bucket: 429 with ``retry_after`` and ``X-RateLimit-Scope: user``.
- Over the global limit (``GLOBAL_PER_SECOND`` requests in one second, interaction callbacks and
  follow-ups excluded, as on Discord): 429 with ``"global": true`` and ``X-RateLimit-Global``.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field

GLOBAL_PER_SECOND = 50

# (method, route template) -> (requests, seconds). Message creation is Discord's 5 per 5 s per channel.
ROUTE_LIMITS: dict[tuple[str, str], tuple[int, float]] = {
    ("POST", "/channels/{}/messages"): (5, 5.0),
    ("PATCH", "/channels/{}/messages/{}"): (5, 5.0),
    ("POST", "/channels/{}/messages/{}/threads"): (10, 10.0),
    ("POST", "/channels/{}/threads"): (10, 10.0),
}
DEFAULT_LIMIT = (50, 1.0)


def route_of(method: str, path: str) -> tuple[str, str]:
    """(template, major parameter): ids become ``{}``; the major parameter is the channel, or the
    webhook/interaction token."""
    parts = path.strip("/").split("/")
    major = ""
    template = []
    for i, part in enumerate(parts):
        is_id = part.isdigit() or part.startswith("token-") or part == "@original"
        template.append("{}" if is_id else part)
        if not major and is_id and (i == 0 or parts[i - 1] in ("channels", "webhooks", "interactions")):
            major = part
        if parts[0] == "webhooks" and i == 2:
            major = part  # the token is the webhook's major parameter
    return "/" + "/".join(template), major


@dataclass
class Bucket:
    limit: int
    window: float
    remaining: int
    reset_at: float


@dataclass
class Decision:
    allowed: bool
    headers: dict[str, str]
    retry_after: float = 0.0
    is_global: bool = False


@dataclass
class RateLimiter:
    clock: Callable[[], float] = time.monotonic
    wall: Callable[[], float] = time.time
    global_per_second: int = GLOBAL_PER_SECOND
    route_limits: dict[tuple[str, str], tuple[int, float]] = field(default_factory=lambda: dict(ROUTE_LIMITS))
    buckets: dict[tuple[str, str, str], Bucket] = field(default_factory=dict)
    global_hits: list[float] = field(default_factory=list)
    refused: list[tuple[str, str, bool]] = field(default_factory=list)  # (method, path, global?)

    def check(self, method: str, path: str) -> Decision:
        now = self.clock()
        template, major = route_of(method, path)
        exempt = template.startswith(("/interactions/", "/webhooks/"))
        if not exempt:
            self.global_hits = [t for t in self.global_hits if now - t < 1.0]
            if len(self.global_hits) >= self.global_per_second:
                retry = max(0.001, 1.0 - (now - self.global_hits[0]))
                self.refused.append((method, path, True))
                return Decision(
                    False,
                    {
                        "X-RateLimit-Global": "true",
                        "X-RateLimit-Scope": "global",
                        "Retry-After": f"{retry:.3f}",
                    },
                    retry,
                    is_global=True,
                )
            self.global_hits.append(now)
        limit, window = self.route_limits.get((method, template), DEFAULT_LIMIT)
        key = (method, template, major)
        bucket = self.buckets.get(key)
        if bucket is None or now >= bucket.reset_at:
            bucket = self.buckets[key] = Bucket(limit, window, limit, now + window)
        reset_after = max(0.0, bucket.reset_at - now)
        headers = {
            "X-RateLimit-Limit": str(limit),
            "X-RateLimit-Reset": f"{self.wall() + reset_after:.3f}",
            "X-RateLimit-Reset-After": f"{reset_after:.3f}",
            "X-RateLimit-Bucket": hashlib.sha1(f"{method} {template}".encode()).hexdigest()[:16],
        }
        if bucket.remaining <= 0:
            self.refused.append((method, path, False))
            return Decision(
                False,
                {
                    **headers,
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Scope": "user",
                    "Retry-After": f"{reset_after:.3f}",
                },
                max(reset_after, 0.001),
            )
        bucket.remaining -= 1
        return Decision(True, {**headers, "X-RateLimit-Remaining": str(bucket.remaining)})
