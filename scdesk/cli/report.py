"""`scdesk report annual|partnership|hours|trip|directory`: board reports as files."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from scdesk.cli.common import EXIT_OK, EXIT_USAGE, CommandError, add_org_option, open_chosen
from scdesk.domain.countries import LANGUAGES, SOURCE_LANGUAGE
from scdesk.domain.errors import RuleViolation
from scdesk.operations.report_logo import check_logo_file
from scdesk.reports.figures.lookup import (
    NotFound,
    find_committee,
    find_exchange,
    find_partnership,
    find_person,
)
from scdesk.reports.figures.period import Period
from scdesk.reports.figures.request import (
    FORMATS,
    IncompleteRequest,
    OutputFormat,
    ReportKind,
    ReportRequest,
    collect_figures,
)
from scdesk.reports.files import save_calendar, save_tables
from scdesk.storage.organization_files import OpenOrganization

HELP = {
    ReportKind.ANNUAL: "the organization's year: partnerships, exchanges, hours, membership",
    ReportKind.PARTNERSHIP: "one partnership's history and its year",
    ReportKind.HOURS: "volunteer hours, filtered by person, committee or exchange",
    ReportKind.TRIP: "the confidential trip sheet of one exchange",
    ReportKind.DIRECTORY: "the members who agreed to be listed, with their posts",
}


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "report",
        help="write a board report as PDF, CSV, XLSX or iCalendar",
        description="Write a report to a file. The format follows the file's extension "
        "unless --format says otherwise; CSV writes one file per table.",
    )
    kinds = parser.add_subparsers(dest="kind", metavar="REPORT", required=True)
    for kind in ReportKind:
        sub = kinds.add_parser(kind.value, help=HELP[kind])
        add_org_option(sub)
        sub.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
        sub.add_argument(
            "--format",
            choices=[f.value for f in FORMATS[kind]],
            help="pdf, csv, xlsx or ics (default: from the file's extension, else pdf)",
        )
        sub.add_argument(
            "--language",
            choices=list(LANGUAGES),
            help="the report's language: en, es or fr (default: the app's, as chosen in "
            "Preferences, else the system's)",
        )
        sub.add_argument(
            "--logo",
            type=_logo,
            metavar="IMAGE",
            help="a PNG or JPEG for the title, instead of the organization's report logo",
        )
        if kind is ReportKind.DIRECTORY:
            sub.add_argument(
                "--on", type=_day, metavar="YYYY-MM-DD", help="posts held on this day (today)"
            )
        elif kind is not ReportKind.TRIP:
            _add_period_options(sub)
        if kind is ReportKind.PARTNERSHIP:
            sub.add_argument("--partnership", required=True, metavar="CITY|ID")
        if kind is ReportKind.HOURS:
            sub.add_argument("--person", metavar="NAME|ID")
            sub.add_argument("--committee", metavar="NAME|ID")
            sub.add_argument("--exchange", metavar="TITLE|ID")
            sub.add_argument(
                "--approved-only", action="store_true", help="count approved hours only"
            )
        if kind is ReportKind.TRIP:
            sub.add_argument("--exchange", required=True, metavar="TITLE|ID")
        sub.set_defaults(handler=report_command)


def _add_period_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, help="the calendar year (default: last year)")
    parser.add_argument("--from", dest="start", type=_day, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="end", type=_day, metavar="YYYY-MM-DD")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date like 2025-03-31") from None


def _logo(text: str) -> Path:
    try:
        return check_logo_file(Path(text))
    except RuleViolation as error:
        raise argparse.ArgumentTypeError(error.message) from None


def chosen_period(args: argparse.Namespace) -> Period:
    if args.start or args.end:
        if args.year is not None:
            raise CommandError("give either --year or --from/--to, not both.", EXIT_USAGE)
        if not (args.start and args.end):
            raise CommandError("--from and --to go together.", EXIT_USAGE)
        try:
            return Period(args.start, args.end)
        except ValueError as error:
            raise CommandError(str(error), EXIT_USAGE) from None
    return Period.year(args.year if args.year is not None else date.today().year - 1)


def chosen_format(args: argparse.Namespace, kind: ReportKind) -> OutputFormat:
    if args.format:
        return OutputFormat(args.format)
    suffix = args.output.suffix.lower().lstrip(".")
    allowed = {f.value for f in FORMATS[kind]}
    if suffix in allowed:
        return OutputFormat(suffix)
    if suffix in {f.value for f in OutputFormat}:
        raise CommandError(f"the {kind} report cannot be saved as {suffix}.", EXIT_USAGE)
    return OutputFormat.PDF


def speak_report_language(args: argparse.Namespace) -> str:
    """Install the report's language as the app would (its words, dates and numbers) and
    say which it is. Qt is loaded here, not for every command."""
    from scdesk.reports.render.application import ensure_gui_application
    from scdesk.ui.i18n import install_language
    from scdesk.ui.user_preferences import load_preferences

    return install_language(ensure_gui_application(), args.language or load_preferences().language)


def build_request(
    session: Session, args: argparse.Namespace, language: str = SOURCE_LANGUAGE
) -> ReportRequest:
    kind = ReportKind(args.kind)
    try:
        return ReportRequest(
            kind,
            period=chosen_period(args) if hasattr(args, "year") else None,
            partnership_id=find_partnership(session, args.partnership)
            if getattr(args, "partnership", None)
            else None,
            exchange_id=find_exchange(session, args.exchange)
            if getattr(args, "exchange", None)
            else None,
            person_id=find_person(session, args.person) if getattr(args, "person", None) else None,
            committee_id=find_committee(session, args.committee)
            if getattr(args, "committee", None)
            else None,
            approved_only=getattr(args, "approved_only", False),
            on=getattr(args, "on", None),
            logo=args.logo,
            language=language,
        )
    except NotFound as error:
        raise CommandError(str(error)) from None


def report_command(args: argparse.Namespace) -> int:
    kind = ReportKind(args.kind)
    fmt = chosen_format(args, kind)
    language = speak_report_language(args)
    with open_chosen(args) as org, org.database.session() as session:
        request = build_request(session, args, language)
        try:
            written = _write(org, session, request, fmt, args.output)
        except IncompleteRequest as error:
            raise CommandError(str(error), EXIT_USAGE) from None
        except LookupError as error:
            raise CommandError(str(error)) from None
    for path in written:
        print(f"Wrote {path}")
    return EXIT_OK


def _write(
    org: OpenOrganization, session: Session, request: ReportRequest, fmt: OutputFormat, target: Path
) -> list[Path]:
    if fmt is OutputFormat.ICS:
        return save_calendar(session, request, f"{org.name}: {request.kind} report", target)
    figures = collect_figures(session, request, org.folder.attachments)
    if fmt is OutputFormat.PDF:
        from scdesk.reports.render.report import write_report_pdf

        return write_report_pdf(figures, target)
    return save_tables(figures, fmt, target)
