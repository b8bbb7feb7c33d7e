"""What a restore costs, and a backup (as the suite's backup row measures it too), against
a raw SQLite backup of the same database.

    uv run python -m scdesk.bench.backups [--org NAME] [--runs 3]

By default it measures the large demo organization (`scdesk demo --size large` makes it),
in a scratch copy so its own backups are left alone. The baseline is one raw
`sqlite3.Connection.backup` into a new file, timed in the same run; scdesk's backup adds the
quick_check, the fsyncs, the manifest, the attachment copies and the rotation, and its
restore adds the staging, the checks and a backup of the current state first. The
"nothing to back up (close, hourly)" row is what the window pays on every hourly tick and
every close when no record changed since the newest backup (it lists the backups and reads
one number).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from scdesk.bench.arguments import add_org, add_runs, bench_parser, how_measured
from scdesk.bench.files import raw_backup
from scdesk.bench.table import median_seconds
from scdesk.operations.backups import backup_now, closing_backup, restore_backup
from scdesk.operations.organizations import open_organization
from scdesk.storage.backup import MANIFEST_SUFFIX
from scdesk.storage.organization_files import OpenOrganization
from scdesk.storage.registry import Registry

NOTHING_TO_BACK_UP = "nothing to back up (close, hourly)"


def main(argv: list[str] | None = None) -> int:
    parser = bench_parser(__spec__.name, __doc__)
    add_org(parser)
    add_runs(parser, 3)
    args = parser.parse_args(argv)
    registry = Registry()
    source = registry.folder(registry.find(args.org))
    with tempfile.TemporaryDirectory() as scratch:
        home = Path(scratch)
        copy = Registry(home)
        entry = copy.add(args.org)
        shutil.copytree(source.root, copy.folder(entry).root, ignore=_skip_backups)
        with open_organization(entry.slug, copy) as org:
            database = org.folder.database
            size = database.stat().st_size
            targets = iter(range(1_000_000))
            baseline = median_seconds(
                lambda: raw_backup(database, home / f"raw-{next(targets)}.sqlite3"), args.runs
            )
            backup = median_seconds(lambda: backup_now(org, "manual"), args.runs)
            # Every restore backs up the state before it, and rotation (the newest ten, the
            # 2 GB cap) soon removes older backups: the one restored is kept out of its reach.
            restored = _set_aside(backup_now(org, "manual"), home / "restored")
            unchanged = median_seconds(lambda: _nothing_to_back_up(org), args.runs)
            restore = median_seconds(lambda: restore_backup(org, restored), args.runs)
    print(f"{args.org}: database {size / 2**20:.1f} MB, {how_measured(args.runs)}")
    for label, seconds in (
        ("raw sqlite3 backup", baseline),
        ("scdesk backup", backup),
        ("scdesk restore", restore),
        (NOTHING_TO_BACK_UP, unchanged),
    ):
        print(f"  {label:<{len(NOTHING_TO_BACK_UP)}}  {seconds:7.3f} s  {seconds / baseline:5.2f}×")
    print("  The last row is the check the window makes when it closes and every hour, when")
    print("  no record changed since the newest backup: none is taken.")
    return 0


def _nothing_to_back_up(org: OpenOrganization) -> None:
    if closing_backup(org) is not None:
        raise RuntimeError("a backup was taken although nothing changed")


def _set_aside(backup: Path, folder: Path) -> Path:
    """The backup and its manifest, hard-linked (or copied) into `folder`, where no rotation
    deletes them; restored from there, as a backup file chosen by path is."""
    folder.mkdir()
    for source in (backup, backup.with_suffix(MANIFEST_SUFFIX)):
        try:
            (folder / source.name).hardlink_to(source)
        except OSError:
            shutil.copy2(source, folder / source.name)
    return folder / backup.name


def _skip_backups(folder: str, names: list[str]) -> list[str]:
    return ["backups"] if Path(folder).name != "backups" and "backups" in names else []


if __name__ == "__main__":
    sys.exit(main())
