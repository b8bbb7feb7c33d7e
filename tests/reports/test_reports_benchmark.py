"""The report benchmark keeps working: a tiny run on a hand-made organization."""

from __future__ import annotations

from scdesk.bench import reports as bench


def test_the_benchmark_times_figures_and_pdf_and_prints_ratios(seeded, org, english, capsys):
    org.close()  # the benchmark opens the organization itself, as a separate run would
    assert bench.main(["--org", "Springfield Sister Cities", "--year", "2025", "--runs", "1"]) == 0
    out = capsys.readouterr().out
    assert "Annual report 2025 of “Springfield Sister Cities”" in out
    for line in ("raw sqlite3 baseline", "figures (SQL)", "layout and PDF", "total"):
        assert line in out
    assert "× baseline" not in out and "×)" in out
