"""A tiny run of the roster benchmark, so it keeps working (its figures mean nothing here)."""

from __future__ import annotations

from scdesk.bench.roster import main


def test_the_roster_benchmark_runs_and_reports_ratios_against_raw_baselines() -> None:
    lines: list[str] = []
    results = main(["--people", "300", "--scale", "0.003"], say=lines.append)
    text = "\n".join(lines)
    assert "1. Full import of 300 people" in text and text.count("ratio") == 3
    assert "2. A delta of" in text and "3. Full export of the large demo" in text
    assert set(results) == {
        "import",
        "raw",
        "raw without index triggers",
        "delta preview",
        "delta backup",
        "delta apply",
        "delta command line",
        "export",
        "raw select",
    }
    assert all(seconds > 0 for seconds in results.values())
