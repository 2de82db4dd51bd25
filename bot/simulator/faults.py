"""Fault injection: random 5xx answers, held (timed-out) requests, 429 storms, one-shot faults."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .errors import ApiError, too_many_requests

_DEFAULT_DESCRIPTIONS = {
    400: "Bad Request: simulated failure",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


@dataclass
class FailRule:
    """A queued one-shot fault; ``method`` None matches any method except getUpdates."""

    method: str | None
    status: int
    description: str
    count: int
    parameters: dict[str, Any] | None = None

    def matches(self, method: str) -> bool:
        """Return True if this rule applies to the canonical ``method``."""
        if self.method is None:
            return method != "getUpdates"
        return self.method.lower() == method.lower()

    def to_error(self) -> ApiError:
        """Return the error this rule answers with."""
        if self.status == 429 and not (self.parameters or {}).get("retry_after"):
            return too_many_requests(1)
        return ApiError(self.status, self.description, self.parameters)


@dataclass
class Faults:
    """Fault settings; all off by default. Randomness comes from the simulator's seeded RNG."""

    rate_5xx: float = 0.0
    rate_timeout: float = 0.0
    timeout_seconds: float = 10.0
    timeout_side_effect: bool = True
    """When True a held request is executed first, so the client's retry makes a duplicate;
    when False it is held and then answered 504 without being carried out."""
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)
    rules: list[FailRule] = field(default_factory=list)
    storm_until: float = 0.0
    storm_retry_after: int = 2

    def storm(self, seconds: float = 3.0, retry_after: int = 2) -> None:
        """Answer every sending/editing call with 429 for the next ``seconds``."""
        self.storm_until = self.clock() + seconds
        self.storm_retry_after = retry_after

    def storm_active(self) -> bool:
        """Return True while a storm window is open."""
        return self.clock() < self.storm_until

    def storm_error(self) -> ApiError:
        """Return the 429 answered during a storm."""
        return too_many_requests(self.storm_retry_after)

    def fail_next(
        self,
        method: str | None = None,
        status: int = 400,
        description: str | None = None,
        count: int = 1,
        parameters: dict[str, Any] | None = None,
    ) -> None:
        """Queue ``count`` failures for the next calls of ``method`` (None = any but getUpdates)."""
        text = description or _DEFAULT_DESCRIPTIONS.get(status, "Bad Request: simulated failure")
        self.rules.append(FailRule(method, status, text, count, parameters))

    def take_rule(self, method: str) -> ApiError | None:
        """Consume the first queued fault matching ``method`` and return its error."""
        for rule in self.rules:
            if rule.matches(method):
                rule.count -= 1
                if rule.count <= 0:
                    self.rules.remove(rule)
                return rule.to_error()
        return None

    def random_5xx(self, rng: random.Random) -> ApiError | None:
        """Draw a random 5xx answer according to ``rate_5xx``."""
        if self.rate_5xx <= 0 or rng.random() >= self.rate_5xx:
            return None
        if rng.random() < 0.75:
            return ApiError(502, "Bad Gateway")
        return ApiError(500, "Internal Server Error")

    def draw_timeout(self, rng: random.Random) -> bool:
        """Draw whether this request is held for ``timeout_seconds``."""
        return self.rate_timeout > 0 and rng.random() < self.rate_timeout

    def clear(self) -> None:
        """Switch every fault off and drop queued one-shot faults."""
        self.rate_5xx = 0.0
        self.rate_timeout = 0.0
        self.rules.clear()
        self.storm_until = 0.0

    def configure(self, data: dict[str, Any]) -> None:
        """Apply settings from a JSON object (used by the HTTP control API)."""
        if data.get("clear"):
            self.clear()
        for name in ("rate_5xx", "rate_timeout", "timeout_seconds"):
            if name in data:
                setattr(self, name, float(data[name]))
        if "timeout_side_effect" in data:
            self.timeout_side_effect = bool(data["timeout_side_effect"])
        storm = data.get("storm")
        if isinstance(storm, dict):
            self.storm(float(storm.get("seconds", 3.0)), int(storm.get("retry_after", 2)))
        elif isinstance(storm, int | float) and not isinstance(storm, bool):
            self.storm(float(storm))
        rules = data.get("fail_next")
        if isinstance(rules, dict):
            rules = [rules]
        for rule in rules or []:
            self.fail_next(
                method=rule.get("method"),
                status=int(rule.get("status", 400)),
                description=rule.get("description"),
                count=int(rule.get("count", 1)),
                parameters=rule.get("parameters"),
            )

    def snapshot(self) -> dict[str, Any]:
        """Return the current settings as JSON."""
        return {
            "rate_5xx": self.rate_5xx,
            "rate_timeout": self.rate_timeout,
            "timeout_seconds": self.timeout_seconds,
            "timeout_side_effect": self.timeout_side_effect,
            "storm_active": self.storm_active(),
            "storm_retry_after": self.storm_retry_after,
            "fail_next": [
                {
                    "method": r.method,
                    "status": r.status,
                    "description": r.description,
                    "count": r.count,
                    "parameters": r.parameters,
                }
                for r in self.rules
            ],
        }
