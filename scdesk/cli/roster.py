"""`scdesk roster export|import|key|history`: the roster exchange with the central directory.

Exit codes of `roster import`: 0 applied (or nothing to change), 3 conflicts need a
decision (run again with --take mine or --take theirs), 4 the file is invalid.
"""

from __future__ import annotations

import argparse
import getpass
import io
import sys
import zipfile
from contextlib import ExitStack
from pathlib import Path

from scdesk.cli.common import EXIT_OK, CommandError, add_org_option, open_chosen
from scdesk.cli.roster_contacts import run_contacts_import, run_flat_export
from scdesk.interchange.backup import BackupInAdvance
from scdesk.interchange.roster import keys
from scdesk.interchange.roster.applying import Decision, Decisions, apply_import
from scdesk.interchange.roster.baseline import vector
from scdesk.interchange.roster.encryption import is_encrypted
from scdesk.interchange.roster.errors import RosterFileError, RosterSyncError, SecretNeeded
from scdesk.interchange.roster.exporting import DELTA, FULL, export_roster
from scdesk.interchange.roster.importing import ImportPreview, Secrets, preview_import
from scdesk.interchange.roster.merge import DELETED, RecordMerge, field_names
from scdesk.interchange.roster.state import history
from scdesk.interchange.zip_contents import ZipContents, ZipKind, scan
from scdesk.operations.organizations import current_profile
from scdesk.storage.organization_files import OpenOrganization

EXIT_CONFLICTS = 3
EXIT_INVALID = 4
MAX_LISTED = 20


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "roster",
        help="exchange the roster with the central directory",
        description="Export the roster as a signed exchange file, import the directory's "
        "file (or a spreadsheet or address book), manage the signing key.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    _register_export(actions)
    _register_import(actions)
    _register_key(actions)
    listing = actions.add_parser("history", help="the roster files sent and received")
    add_org_option(listing)
    listing.set_defaults(handler=history_command)


def _register_export(actions: argparse._SubParsersAction) -> None:
    export = actions.add_parser(
        "export",
        help="write a roster file for the central directory",
        description="Write the roster as a signed roster exchange file: full (everything) "
        "or delta (changes since the last file the other side acknowledged).",
    )
    add_org_option(export)
    kind = export.add_mutually_exclusive_group()
    kind.add_argument(
        "--full", dest="kind", action="store_const", const=FULL, help="everything (default)"
    )
    kind.add_argument(
        "--delta", dest="kind", action="store_const", const=DELTA, help="changes only"
    )
    export.set_defaults(kind=FULL)
    export.add_argument(
        "--format",
        choices=("roster", "csv", "vcard"),
        default="roster",
        help="roster: the exchange file (default); csv: one row per person and post; "
        "vcard: an address book",
    )
    export.add_argument(
        "--encrypt", action="store_true", help="encrypt with a passphrase, for email"
    )
    export.add_argument(
        "--passphrase-file", type=Path, metavar="PATH", help="read the passphrase from this file"
    )
    export.add_argument(
        "--remember-passphrase", action="store_true", help="keep the passphrase in the keyring"
    )
    export.add_argument(
        "--key-file",
        type=Path,
        metavar="PATH",
        help="read the signing key from this file (for scripts on a computer with no "
        "keyring; keep the file private)",
    )
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.set_defaults(handler=export_command)


def _register_import(actions: argparse._SubParsersAction) -> None:
    imports = actions.add_parser(
        "import",
        help="import a roster file, spreadsheet or address book",
        description="Import a roster exchange file (preview, three-way merge, apply after "
        "a backup) or a spreadsheet (CSV, XLSX) or address book (vCard); the kind is "
        "detected from the content. Exit codes: 0 applied or nothing to change, "
        f"{EXIT_CONFLICTS} conflicts need a decision (--take), {EXIT_INVALID} invalid file.",
    )
    imports.add_argument("file", type=Path, metavar="FILE")
    add_org_option(imports)
    imports.add_argument("--dry-run", action="store_true", help="show the changes, change nothing")
    imports.add_argument(
        "--take",
        choices=("mine", "theirs"),
        help="settle every conflict: keep mine (this organization's) or take theirs (the file's)",
    )
    imports.add_argument("--mapping", metavar="NAME", help="a saved column mapping (spreadsheets)")
    imports.add_argument(
        "--errors-csv", type=Path, metavar="PATH", help="save rows that could not be imported"
    )
    imports.add_argument(
        "--passphrase-file", type=Path, metavar="PATH", help="read the passphrase from this file"
    )
    imports.add_argument(
        "--key-file",
        type=Path,
        metavar="PATH",
        help="read the signing key from this file (for scripts on a computer with no keyring)",
    )
    imports.set_defaults(handler=import_command)


def _register_key(actions: argparse._SubParsersAction) -> None:
    key = actions.add_parser(
        "key",
        help="show, set or generate the organization's signing key",
        description="The signing key proves a roster file comes from this organization or "
        "the directory. It lives only in the system keyring.",
    )
    key_actions = key.add_subparsers(dest="key_action", metavar="ACTION", required=True)
    for name, text in (
        ("show", "print the key kept in the keyring"),
        ("set", "enter the key the central directory gave you (asked, never an argument)"),
        ("generate", "make a new key"),
    ):
        sub = key_actions.add_parser(name, help=text)
        add_org_option(sub)
        if name == "generate":
            sub.add_argument("--replace", action="store_true", help="replace an existing key")
        sub.set_defaults(handler=key_command)


# ---- asking for secrets -----------------------------------------------------------------


def ask_secret(prompt: str, reason: str) -> str:
    """Ask on the terminal without echo; without a terminal, say why it cannot be done."""
    if not sys.stdin.isatty():
        raise CommandError(f"{reason} There is no terminal to ask on; run the command in one.")
    print(reason, file=sys.stderr)
    return getpass.getpass(prompt)


def ask_key(reason: str) -> bytes:
    text = ask_secret("Signing key: ", reason)
    try:
        return keys.parse_key(text)
    except ValueError as error:
        raise CommandError(str(error)) from None


def read_key_file(path: Path) -> bytes:
    """The signing key from a file the administrator keeps (scdesk never writes one)."""
    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError as error:
        raise CommandError(f"{path}: the key file cannot be read ({error.strerror}).") from None
    try:
        return keys.parse_key(text)
    except ValueError as error:
        raise CommandError(f"{path}: {error}") from None


def read_passphrase_file(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as error:
        raise CommandError(
            f"{path}: the passphrase file cannot be read ({error.strerror})."
        ) from None


# ---- export -----------------------------------------------------------------------------


def export_command(args: argparse.Namespace) -> int:
    if args.format != "roster":
        return run_flat_export(args)
    passphrase = None
    if args.encrypt:
        passphrase = _export_passphrase(args)
    signing_key = read_key_file(args.key_file) if args.key_file else None
    with open_chosen(args) as org:
        while True:
            try:
                result = export_roster(
                    org, args.output, args.kind, passphrase=passphrase, signing_key=signing_key
                )
                break
            except SecretNeeded as needed:
                signing_key = ask_key(needed.reason)
            except RosterSyncError as error:
                raise CommandError(str(error)) from None
        if passphrase and args.remember_passphrase:
            _remember_passphrase(org, passphrase)
    rows = ", ".join(
        f"{count:,} {table.replace('_', ' ')}" for table, count in result.counts.items()
    )
    locked = " (encrypted)" if result.encrypted else ""
    print(
        f"Wrote {result.kind} roster file number {result.sequence}{locked} "
        f"to {result.path}: {rows}."
    )
    if result.key_generated:
        print(
            "A signing key was made for this organization and kept in the keyring. Give it to "
            "the central directory (show it with `scdesk roster key show`)."
        )
    return EXIT_OK


def _export_passphrase(args: argparse.Namespace) -> str:
    if args.passphrase_file:
        passphrase = read_passphrase_file(args.passphrase_file)
    else:
        passphrase = ask_secret("Passphrase: ", "Choose a passphrase to encrypt the file.")
        if getpass.getpass("Passphrase again: ") != passphrase:
            raise CommandError("the two passphrases differ; nothing was written.")
    if not passphrase:
        raise CommandError("an empty passphrase protects nothing; nothing was written.")
    return passphrase


def _remember_passphrase(org: OpenOrganization, passphrase: str) -> None:
    with org.database.session() as session:
        organization = current_profile(session).uuid
    try:
        keys.remember_passphrase(organization, passphrase)
    except keys.KeyringUnavailable:
        print("The passphrase was not remembered: there is no keyring.", file=sys.stderr)


# ---- import -----------------------------------------------------------------------------


def is_roster_file(path: Path) -> bool:
    """A roster exchange file, told by content: encrypted, or a zip that is not an Excel
    workbook (an XLSX is a zip too). A damaged zip is told by the entries it still names:
    a cut-short workbook goes to the spreadsheet reader, anything else to the roster
    reader, and each says what is wrong in its own terms."""
    data = path.read_bytes()
    if is_encrypted(data[:64]):
        return True
    if not data.startswith(b"PK"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            contents = ZipContents(tuple(archive.namelist()), None)
    except (zipfile.BadZipFile, EOFError, ValueError):
        contents = scan(data)
    return contents.kind is not ZipKind.WORKBOOK


def import_command(args: argparse.Namespace) -> int:
    if not args.file.exists():
        raise CommandError(f"{args.file}: no such file.")
    if not is_roster_file(args.file):
        return run_contacts_import(args)
    secrets = Secrets()
    if args.passphrase_file:
        secrets.passphrase = read_passphrase_file(args.passphrase_file)
    if args.key_file:
        secrets.signing_key = read_key_file(args.key_file)
    with open_chosen(args) as org, ExitStack() as stack:
        # The backup every import starts with copies the whole database; it runs while the
        # file is checked and compared, and is used if nothing changed meanwhile.
        advance = None if args.dry_run else stack.enter_context(BackupInAdvance(org))
        try:
            preview = _preview(org, args.file, secrets)
        except RosterFileError as error:
            print(f"scdesk: {error.describe()}", file=sys.stderr)
            return EXIT_INVALID
        _print_preview(preview)
        if preview.nothing_to_do:
            print(preview.nothing_to_do)
            return EXIT_OK
        if preview.conflict_count and not args.take:
            print(
                f"{preview.conflict_count} conflict(s) need a decision: run again with "
                "--take mine (keep this organization's values) or --take theirs (take the "
                "file's).",
                file=sys.stderr,
            )
            return EXIT_CONFLICTS
        if args.dry_run:
            print("Dry run: nothing was changed.")
            return EXIT_OK
        decisions = Decisions(everything=Decision(args.take) if args.take else None)
        try:
            result = apply_import(org, preview, decisions, advance)
        except RosterSyncError as error:
            raise CommandError(str(error)) from None
        _keep_entered_key(preview)
    print(result.message)
    if result.backup is not None:
        print(f"A copy of the database from before the import: {result.backup}")
    return EXIT_OK


def _preview(org: OpenOrganization, path: Path, secrets: Secrets) -> ImportPreview:
    while True:
        try:
            return preview_import(org, path, secrets)
        except SecretNeeded as needed:
            if needed.what == "passphrase":
                if secrets.passphrase is not None:
                    raise
                secrets.passphrase = ask_secret("Passphrase: ", needed.reason)
            else:
                secrets.signing_key = ask_key(needed.reason)


def _keep_entered_key(preview: ImportPreview) -> None:
    """A key typed in and proven by a good signature is kept, where a keyring exists."""
    if not preview.key_was_entered:
        return
    try:
        if keys.stored_signing_key(preview.manifest.organization_id) is None:
            keys.store_signing_key(preview.manifest.organization_id, preview.key)
            print("The signing key was kept in the keyring for next time.")
    except keys.KeyringUnavailable:
        pass


def _print_preview(preview: ImportPreview) -> None:
    manifest = preview.manifest
    print(
        f"{preview.file_name}: {manifest.kind} roster file number {manifest.sequence} from "
        f"{manifest.sender_name}, made {manifest.created}."
    )
    for warning in preview.warnings:
        print(f"  note: {warning}")
    if preview.nothing_to_do:
        return
    counts = preview.summary()
    print(
        f"  {counts['added']} to add, {counts['changed']} to change, {counts['removed']} to "
        f"remove, {counts['conflicts']} conflict(s), {counts['duplicates']} likely duplicate(s)."
    )
    if preview.adopt:
        print(f"  This empty organization becomes “{manifest.organization_name}”.")
    for merge in preview.changed[:MAX_LISTED]:
        changes = "; ".join(
            f"{name}: “{_value(merge, name)}” → “{value}”" for name, value in merge.take.items()
        )
        if changes:
            print(f"  changed {merge.kind.value.replace('_', ' ')} {merge.label()}: {changes}")
    for merge in preview.conflicts[:MAX_LISTED]:
        for conflict in merge.conflicts:
            what = "removed there" if conflict.name == DELETED else conflict.name
            print(
                f"  conflict in {merge.kind.value.replace('_', ' ')} {merge.label()}, {what}: "
                f"yours “{conflict.mine}”, theirs “{conflict.theirs}”"
            )
    for merge, duplicate in preview.duplicates[:MAX_LISTED]:
        print(
            f"  likely duplicate: {merge.label()} ({duplicate.reason}, "
            f"person #{duplicate.person_id})"
        )
    for note in preview.skipped[:MAX_LISTED]:
        print(f"  skipped: {note}")


def _value(merge: RecordMerge, name: str) -> str:
    """The value here of a field the file changes."""
    assert merge.local is not None
    return vector(merge.local.item)[field_names(merge.kind).index(name)] or ""


# ---- key and history --------------------------------------------------------------------


def key_command(args: argparse.Namespace) -> int:
    with open_chosen(args) as org, org.database.session() as session:
        organization = current_profile(session).uuid
        name = org.name
    try:
        if args.key_action == "show":
            key = keys.stored_signing_key(organization)
            if key is None:
                print(
                    f"No signing key is kept for {name} yet. One is made on the first export, "
                    "or set the directory's with `scdesk roster key set`."
                )
            else:
                print(keys.key_text(key))
        elif args.key_action == "set":
            key = ask_key(f"Enter the signing key of {name} (52 letters and digits).")
            keys.store_signing_key(organization, key)
            print(f"The signing key of {name} is kept in the keyring.")
        else:
            return _generate_key(organization, name, args.replace)
    except keys.KeyringUnavailable:
        raise CommandError(
            "there is no keyring on this computer. scdesk keeps the signing key "
            "only there and never in a file; it will ask for the key when it needs it."
        ) from None
    return EXIT_OK


def _generate_key(organization: str, name: str, replace: bool) -> int:
    key = keys.new_key()
    try:
        if keys.stored_signing_key(organization) is not None and not replace:
            raise CommandError(
                f"{name} already has a signing key; files signed with it would no longer "
                "be accepted. Use --replace if you mean it."
            )
        keys.store_signing_key(organization, key)
        kept = "It is kept in the keyring. Give it to the central directory."
    except keys.KeyringUnavailable:
        kept = (
            "There is no keyring on this computer, so scdesk did not keep it: store it in a "
            "password manager. scdesk will ask for it whenever it signs or checks a file."
        )
    print(keys.key_text(key))
    print(kept)
    return EXIT_OK


def history_command(args: argparse.Namespace) -> int:
    with open_chosen(args) as org, org.database.session() as session:
        entries = history(session)
    if not entries:
        print("No roster files sent or received yet.")
        return EXIT_OK
    for entry in entries:
        way = "to" if entry.direction == "sent" else "from"
        who = entry.peer_name or "the other side"
        counts = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in entry.counts.items() if v)
        print(
            f"{entry.recorded_at:%Y-%m-%d %H:%M}  {entry.direction:<8} {entry.kind:<5} "
            f"no. {entry.sequence:<4} {way} {who}: {counts or 'no changes'}"
        )
    return EXIT_OK
