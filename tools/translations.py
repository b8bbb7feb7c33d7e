"""Update the translation sources and compile them.

    uv run python tools/translations.py            # update .ts files, then build .qm files
    uv run python tools/translations.py --check    # exit 1 if a shipped language misses a string

1. pyside6-lupdate reads every `self.tr("…")` and `QCoreApplication.translate("Context", "…")`
   in scdesk/ and adds new strings to resources/translations/scdesk_<lang>.ts (strings no
   longer in the source are dropped).
2. Two kinds of message lupdate cannot see are found here and handed to it:
   - messages from below the interface (domain rules, operations), marked `_("…")` with
     scdesk.domain.i18n: the "rules" context, where scdesk.ui.i18n looks them up;
   - messages passed to a small wrapper such as
     `def _t(text): return QCoreApplication.translate("Vocabulary", text)`: that context.
3. pyside6-lrelease compiles each .ts into the .qm file the app loads.

English is the source language, but a count such as `tr("%n backup(s)", "", n)` needs its
English forms ("1 backup", "2 backups") too: scdesk_en.ts holds only those (lupdate
-pluralonly), filled like any other translation.

Translate with Qt Linguist (`uv run pyside6-linguist resources/translations/scdesk_es.ts`)
or any editor; keep each `{placeholder}` as it is in the English text.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "scdesk"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("es", "fr")
PLURAL_ONLY = ("en",)  # the source language: only the forms of counted messages
RULES_CONTEXT = "rules"
MARKER = "_"


def tool(name: str) -> str:
    """A Qt tool installed beside the running Python (uv's .venv/bin)."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} is missing: run `uv sync` (it comes with PySide6).")
    return found


def ts_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"scdesk_{language}.ts"


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def module_constants(tree: ast.AST) -> dict[str, str]:
    """Module-level `NAME = "text"` assignments, for contexts named by a constant."""
    constants = {}
    for node in getattr(tree, "body", []):
        if isinstance(node, ast.Assign) and _literal(node.value) is not None:
            for target in node.targets:
                if isinstance(target, ast.Name):
                    constants[target.id] = _literal(node.value)
    return constants


def translation_wrappers(tree: ast.AST) -> dict[str, str]:
    """Functions that only pass their text on to `translate("Context", text)`: name → context."""
    constants = module_constants(tree)
    wrappers = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        parameter = node.args.args[-1].arg
        body = [statement for statement in node.body if not isinstance(statement, ast.Expr)]
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            continue
        call = body[0].value
        if not (
            isinstance(call, ast.Call)
            and getattr(call.func, "attr", getattr(call.func, "id", "")) == "translate"
            and len(call.args) >= 2
            and isinstance(call.args[1], ast.Name)
            and call.args[1].id == parameter
        ):
            continue
        context = _literal(call.args[0])
        if context is None and isinstance(call.args[0], ast.Name):
            context = constants.get(call.args[0].id)
        if context is not None:
            wrappers[node.name] = context
    return wrappers


def module_name(path: Path, package: Path) -> str:
    return ".".join(path.relative_to(package.parent).with_suffix("").parts)


def hidden_messages(package: Path = PACKAGE) -> list[tuple[str, str]]:
    """(context, text) of every message lupdate cannot see, in source order, once each.

    A wrapper counts where it is defined and wherever it is imported by name."""
    trees = {
        module_name(path, package): ast.parse(path.read_text(encoding="utf-8"), str(path))
        for path in sorted(package.rglob("*.py"))
    }
    wrappers = {module: translation_wrappers(tree) for module, tree in trees.items()}
    found: dict[tuple[str, str], None] = {}
    for module, tree in trees.items():
        contexts = {MARKER: RULES_CONTEXT, **wrappers[module]}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in wrappers:
                for alias in node.names:
                    if alias.name in wrappers[node.module]:
                        contexts[alias.asname or alias.name] = wrappers[node.module][alias.name]
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in contexts
                and node.args
                and _literal(node.args[0]) is not None
            ):
                found[(contexts[node.func.id], _literal(node.args[0]))] = None
    return list(found)


def marked_messages(package: Path = PACKAGE) -> list[str]:
    """Every `_("…")` template below the interface."""
    return [text for context, text in hidden_messages(package) if context == RULES_CONTEXT]


def _python_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def write_hidden_source(folder: Path, messages: list[tuple[str, str]]) -> Path:
    """A throwaway Python file that shows the hidden messages to lupdate."""
    path = folder / "hidden_messages.py"
    lines = [
        f"QCoreApplication.translate({_python_string(context)}, {_python_string(text)})"
        for context, text in messages
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def sources() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if "migrations" not in path.parts)


def update(ts_paths: list[Path], plural_only: bool = False) -> set[str]:
    """Bring `ts_paths` up to date with the source, keeping every existing translation.

    Returns the texts lupdate found outside any context (see drop_global_context)."""
    with tempfile.TemporaryDirectory(prefix="scdesk-lupdate-") as work:
        hidden = write_hidden_source(Path(work), hidden_messages())
        files = [str(path) for path in [*sources(), hidden]]
        listing = Path(work) / "sources.lst"
        listing.write_text("\n".join(files) + "\n", encoding="utf-8")
        command = [
            tool("pyside6-lupdate"),
            "-silent",
            "-locations",
            "none",
            "-no-obsolete",
            *(["-pluralonly"] if plural_only else []),
            f"@{listing}",
            "-ts",
            *map(str, ts_paths),
        ]
        subprocess.run(command, check=True)
    dropped: set[str] = set()
    for path in ts_paths:
        dropped |= drop_global_context(path)
    return dropped


def drop_global_context(path: Path) -> set[str]:
    """lupdate files a bare `tr("…")` (a module's own wrapper) under an empty context that
    nothing looks up; the wrapper's real context already holds those messages."""
    tree = ET.parse(path)
    root = tree.getroot()
    empty = [c for c in root.findall("context") if not (c.findtext("name") or "").strip()]
    if not empty:
        return set()
    dropped = set()
    for context in empty:
        dropped |= {message.findtext("source", "") for message in context.iter("message")}
        root.remove(context)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )
    return dropped


def release(ts_path: Path, qm_path: Path) -> None:
    command = [tool("pyside6-lrelease"), "-silent", str(ts_path), "-qm", str(qm_path)]
    subprocess.run(command, check=True)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            text = (translation.text or "") if translation is not None else ""
            if message.get("numerus") == "yes" and translation is not None:
                # "%n person(s)": one form per plural of the language, each to be filled
                forms = [form.text or "" for form in translation.iter("numerusform")]
                text = "" if not forms or not all(f.strip() for f in forms) else "|".join(forms)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    translation=text,
                    finished=kind not in ("unfinished", "obsolete", "vanished"),
                )
            )
    return messages


def missing_translations(language: str) -> list[str]:
    """Strings of the current source that `language`'s shipped .ts does not translate."""
    with tempfile.TemporaryDirectory(prefix="scdesk-check-") as work:
        fresh = ts_file(language, Path(work))
        update([fresh], plural_only=language in PLURAL_ONLY)
        wanted = {(m.context, m.source) for m in read_ts(fresh)}
    shipped = {(m.context, m.source): m for m in read_ts(ts_file(language))}
    problems = []
    for context, source in sorted(wanted):
        message = shipped.get((context, source))
        if message is None or not message.finished or not message.translation.strip():
            problems.append(f"{language}: {context}: {source!r} has no finished translation")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report missing translations")
    args = parser.parse_args()
    if args.check:
        problems = [
            problem
            for language in (*LANGUAGES, *PLURAL_ONLY)
            for problem in missing_translations(language)
        ]
        print("\n".join(problems) or "Every shipped language translates every string.")
        return 1 if problems else 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    ts_paths = [ts_file(language) for language in LANGUAGES]
    update(ts_paths)
    plural_paths = [ts_file(language) for language in PLURAL_ONLY]
    update(plural_paths, plural_only=True)
    for path in [*ts_paths, *plural_paths]:
        release(path, path.with_suffix(".qm"))
        unfinished = sum(not m.finished for m in read_ts(path))
        print(f"{path.name}: {unfinished} strings still to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
