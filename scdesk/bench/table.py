"""The benchmark suite's table: one row per operation, its baseline, ratio and target."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    """What a row must reach: a ratio to its baseline, an absolute limit, or both."""

    ratio: float | None = None
    limit: float | None = None  # in the row's unit
    unit: str = "s"

    def describe(self) -> str:
        parts = []
        if self.ratio is not None:
            parts.append(f"≤ {self.ratio:g}×")
        if self.limit is not None and self.unit == "s" and self.limit < 1:
            parts.append(f"< {self.limit * 1000:g} ms")
        elif self.limit is not None:
            parts.append(f"< {self.limit:g} {self.unit}")
        return ", ".join(parts)


@dataclass(frozen=True)
class Row:
    operation: str
    value: float  # seconds, or megabytes when the target's unit is "MB"
    target: Target
    baseline: float | None = None
    extra: float | None = None  # checked against target.limit instead of value (e.g. p95)
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.value / self.baseline

    @property
    def met(self) -> bool:
        ratio_ok = self.target.ratio is None or (
            self.ratio is not None and self.ratio <= self.target.ratio
        )
        checked = self.extra if self.extra is not None else self.value
        limit_ok = self.target.limit is None or checked < self.target.limit
        return ratio_ok and limit_ok


def seconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def median_seconds(action: Callable[[], object], runs: int) -> float:
    """The median of `runs` timings of `action`, after one untimed warm-up run (none for a
    single run: `--runs 1` is the quick check CI makes, not a measurement)."""
    if runs > 1:
        action()
    return statistics.median(seconds(action) for _ in range(runs))


def paired_medians(
    ours: Callable[[], float], raw: Callable[[], float], runs: int
) -> tuple[float, float]:
    """The medians of `runs` measurements each of ours and of its baseline, taken in turn
    (ours, raw, ours, raw…) after one untimed warm-up of each: whatever the machine is doing
    meanwhile (writing back the demo just built, another program) weighs on both sides
    alike, which `runs` of one then `runs` of the other did not promise; and each starts
    with nothing of the other's still being written to the disk. Each callable returns its
    own measured seconds."""
    if runs > 1:
        _settled(ours)
        _settled(raw)
    pairs = [(_settled(ours), _settled(raw)) for _ in range(runs)]
    return statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)


def _settled(measure: Callable[[], float]) -> float:
    """`measure()` once what was written before it is on the disk (untimed): the system
    writes a file back after it was written, and a raw baseline that never syncs left its
    500 MB copy to be written while scdesk's backup waited for its own to reach the disk."""
    if hasattr(os, "sync"):
        os.sync()
    return measure()


def timed(action: Callable[[], object]) -> Callable[[], float]:
    """`action` as a callable returning the seconds it took (for paired_medians)."""
    return lambda: seconds(action)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _amount(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "MB":
        return f"{value:.0f} MB"
    if value >= 1:
        return f"{value:.2f} s"
    # Two decimals under 10 ms: a small demo's baseline keystroke (0.04 ms) is not "0.0".
    return f"{value * 1000:.2f} ms" if value < 0.01 else f"{value * 1000:.1f} ms"


def format_table(rows: list[Row]) -> list[str]:
    """The table as Markdown lines, ending with `targets met: N/M`."""
    lines = [
        "| operation | scdesk | raw baseline | ratio | target | met |",
        "|---|---:|---:|---:|---|---|",
    ]
    for row in rows:
        unit = row.target.unit
        ratio = "—" if row.ratio is None else f"{row.ratio:.2f}×"
        operation = f"{row.operation} ({row.note})" if row.note else row.operation
        lines.append(
            f"| {operation} | {_amount(row.value, unit)} | {_amount(row.baseline, unit)} "
            f"| {ratio} | {row.target.describe()} | {'yes' if row.met else 'NO'} |"
        )
    met = sum(row.met for row in rows)
    lines.append("")
    lines.append(f"targets met: {met}/{len(rows)}")
    return lines


def print_against_baseline(
    baseline_label: str, baseline: float, results: dict[str, float], target_ms: float
) -> None:
    """Print milliseconds against a baseline, each targeted row (one not in parentheses)
    marked ok or OVER TARGET."""
    print(f"{baseline_label} (baseline): {baseline:7.2f} ms")
    width = max(len(name) for name in results)
    for name, value in results.items():
        mark = ""
        if not name.startswith("("):
            mark = "  ok" if value < target_ms else "  OVER TARGET"
        print(f"{name:<{width}} {value:8.1f} ms  {value / baseline:7.1f}× baseline{mark}")
    print(f"Target: under {target_ms:g} ms; rows in parentheses have none.")
