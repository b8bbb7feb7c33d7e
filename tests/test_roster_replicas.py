"""Two replicas editing at random and exchanging files in random order converge, and every
concurrent change to the same field is reported as a conflict; none is lost silently."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scdesk.operations.organizations import create_organization, open_organization
from scdesk.storage.organization_files import OpenOrganization
from scdesk.storage.registry import Registry
from tests.roster_replicas import Simulation

SEQUENCES = 300  # in CI, as ten slow tests
STEPS = 14


@pytest.fixture
def empty_copy(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Open a fresh copy of one empty organization (creating each costs a schema build)."""
    template = Registry().folder(create_organization("Template", country="US")).database

    def make(name: str) -> OpenOrganization:
        registry = Registry()
        entry = registry.add(name)
        folder = registry.folder(entry)
        folder.root.mkdir(parents=True, mode=0o700)
        shutil.copyfile(template, folder.database)
        return open_organization(entry.slug, registry)

    return make


def run_sequence(make, folder: Path, seed: int) -> Simulation:  # type: ignore[no-untyped-def]
    a, b = make(f"Replica A {seed}"), make(f"Replica B {seed}")
    try:
        simulation = Simulation(a, b, folder, seed)
        simulation.seed_records()
        for _ in range(STEPS):
            simulation.step()
        simulation.settle()
        assert simulation.converged(), f"seed {seed}: the replicas did not converge"
        return simulation
    finally:
        a.close()
        b.close()


def test_random_edits_and_crossing_files_converge_and_report_every_concurrent_change(
    empty_copy, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    runs = [run_sequence(empty_copy, tmp_path, seed) for seed in range(6)]
    assert sum(run.conflicts for run in runs) > 0  # the sequences do produce conflicts


@pytest.mark.slow
@pytest.mark.parametrize("block", range(10))
def test_hundreds_of_random_sequences_converge_without_losing_a_change(
    empty_copy, tmp_path: Path, block: int
) -> None:  # type: ignore[no-untyped-def]
    per_block = SEQUENCES // 10
    for seed in range(block * per_block, (block + 1) * per_block):
        run_sequence(empty_copy, tmp_path, 1000 + seed)
