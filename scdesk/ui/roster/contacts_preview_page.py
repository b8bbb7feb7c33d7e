"""The last step of the contacts import: what will be added and changed, the decisions
left to make (conflicts, likely duplicates), and the problems of the file's rows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from scdesk.interchange.contacts.apply import Decisions, Side
from scdesk.interchange.contacts.mapping import Target
from scdesk.interchange.contacts.preview import ContactsPreview, EntryKind, PreviewEntry
from scdesk.interchange.contacts.problems import save_errors_csv
from scdesk.ui.i18n import translated_text
from scdesk.ui.roster.contacts_labels import target_label, tr
from scdesk.ui.vocabulary import label_of

GROUPS = (EntryKind.LIKELY_DUPLICATE, EntryKind.CHANGED, EntryKind.ADDED, EntryKind.UNCHANGED)


def group_title(kind: EntryKind, count: int) -> str:
    titles = {
        EntryKind.LIKELY_DUPLICATE: tr("Like someone already here: decide ({count})"),
        EntryKind.CHANGED: tr("To change ({count})"),
        EntryKind.ADDED: tr("To add ({count})"),
        EntryKind.UNCHANGED: tr("Already up to date ({count})"),
    }
    return titles[kind].format(count=count)


def group_of(entry: PreviewEntry) -> EntryKind:
    """Entries that resembled someone stay under “decide”, whatever was decided."""
    return EntryKind.LIKELY_DUPLICATE if entry.resemblances else entry.kind


def shown(value: Any) -> str:
    if value in ("", None):
        return tr("(empty)")
    if isinstance(value, date):
        return value.isoformat()
    return " / ".join(str(value).splitlines())


class PreviewPage(QWizardPage):
    """Shows a ContactsPreview; collects the person's decisions on it."""

    def __init__(self, rematch: Callable[[int, int | None], None], parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.rematch = rematch  # (entry index, person id or None) → the preview is updated
        self.preview: ContactsPreview | None = None
        self.sides: dict[tuple[int, str], QComboBox] = {}
        self.setTitle(self.tr("Check, then import"))
        self.setSubTitle(self.tr("Nothing is written until you press Import."))
        self.summary = QLabel(self.tr("Comparing the file with your records…"))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary of the import"))

        self.changes = QTreeWidget()
        self.changes.setAccessibleName(self.tr("People to add and change"))
        self.changes.setHeaderLabels([self.tr("Person"), self.tr("What happens")])
        self.changes.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.changes.header().setStretchLastSection(True)
        self.changes.setWordWrap(True)
        self.keep_all = QPushButton(self.tr("&Keep what scdesk has, for all"))
        self.keep_all.setAccessibleName(
            self.tr("Keep the values already in scdesk for every conflict")
        )
        self.keep_all.clicked.connect(lambda: self._choose_all(Side.MINE))
        self.take_all = QPushButton(self.tr("&Take the file's, for all"))
        self.take_all.setAccessibleName(self.tr("Take the file's values for every conflict"))
        self.take_all.clicked.connect(lambda: self._choose_all(Side.THEIRS))
        choices = QHBoxLayout()
        choices.addWidget(self.keep_all)
        choices.addWidget(self.take_all)
        choices.addStretch(1)
        changes_tab = QWidget()
        changes_layout = QVBoxLayout(changes_tab)
        changes_layout.addWidget(self.changes, 1)
        changes_layout.addLayout(choices)

        self.problems = QTableWidget(0, 4)
        self.problems.setAccessibleName(self.tr("Problems in the file's rows"))
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem"), self.tr("What to do")]
        )
        self.problems.verticalHeader().setVisible(False)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setWordWrap(True)
        header = self.problems.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.save_problems = QPushButton(self.tr("&Save the problems as CSV…"))
        self.save_problems.clicked.connect(self._save_problems)
        problems_tab = QWidget()
        problems_layout = QVBoxLayout(problems_tab)
        problems_layout.addWidget(self.problems, 1)
        problems_layout.addWidget(self.save_problems, alignment=Qt.AlignmentFlag.AlignLeft)

        self.tabs = QTabWidget()
        self.tabs.addTab(changes_tab, self.tr("&Changes"))
        self.tabs.addTab(problems_tab, self.tr("&Problems"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

    # --- showing ------------------------------------------------------------------------

    def clear(self) -> None:
        self.preview = None
        self.summary.setText(self.tr("Comparing the file with your records…"))
        self.changes.clear()
        self.problems.setRowCount(0)
        self.completeChanged.emit()

    def show_preview(self, preview: ContactsPreview) -> None:
        kept = self.decisions()
        self.preview = preview
        counts = {kind: len(preview.of_kind(kind)) for kind in EntryKind}
        committees, problems = len(preview.committees), len(preview.problems)
        self.summary.setText(
            self.tr(
                "{added} to add, {changed} to change, {duplicates} to decide, {unchanged} "
                "already up to date. {committees} {problems}"
            ).format(
                added=counts[EntryKind.ADDED],
                changed=counts[EntryKind.CHANGED],
                duplicates=counts[EntryKind.LIKELY_DUPLICATE],
                unchanged=counts[EntryKind.UNCHANGED],
                committees=self.tr("%n new committee(s).", "", committees),
                problems=self.tr("%n remark(s) on rows.", "", problems),
            )
        )
        self._show_changes(preview, kept)
        self._show_problems(preview)
        self.tabs.setTabText(1, self.tr("&Problems ({count})").format(count=len(preview.problems)))
        has_conflicts = any(entry.conflicts for entry in preview.entries)
        self.keep_all.setEnabled(has_conflicts)
        self.take_all.setEnabled(has_conflicts)
        self.completeChanged.emit()

    def _show_changes(self, preview: ContactsPreview, kept: Decisions) -> None:
        self.changes.clear()
        self.sides = {}
        for kind in GROUPS:
            indexes = [i for i, e in enumerate(preview.entries) if group_of(e) == kind]
            if not indexes:
                continue
            group = QTreeWidgetItem([group_title(kind, len(indexes))])
            group.setFirstColumnSpanned(True)
            self.changes.addTopLevelItem(group)
            for index in indexes:
                self._entry_item(group, index, preview.entries[index], kept)
            group.setExpanded(kind != EntryKind.UNCHANGED)
        if preview.committees:
            group = QTreeWidgetItem(
                [self.tr("New committees ({count})").format(count=len(preview.committees))]
            )
            self.changes.addTopLevelItem(group)
            for committee in preview.committees:
                QTreeWidgetItem(group, [committee.name, label_of(committee.kind)])
            group.setExpanded(True)

    def _entry_item(
        self, group: QTreeWidgetItem, index: int, entry: PreviewEntry, kept: Decisions
    ) -> None:
        item = QTreeWidgetItem(group, [entry.row.name, self._what(entry)])
        if entry.resemblances:
            self._duplicate_choice(item, index, entry)
        for change in entry.changes:
            child = QTreeWidgetItem(item, [target_label(Target(change.field))])
            if not change.conflict:
                child.setText(1, self.tr("{new} (was empty)").format(new=shown(change.new)))
                continue
            combo = QComboBox()
            combo.setAccessibleName(
                self.tr("{person}, {field}: keep or take").format(
                    person=entry.row.name, field=target_label(Target(change.field))
                )
            )
            combo.addItem(self.tr("Keep what scdesk has"), Side.MINE.value)
            combo.addItem(self.tr("Take the file's"), Side.THEIRS.value)
            for label, value in (
                (self.tr("In scdesk"), change.old),
                (self.tr("In the file"), change.new),
            ):
                side_item = QTreeWidgetItem(child, [label, shown(value)])
                side_item.setToolTip(1, str(value or ""))
            child.setExpanded(True)
            side = kept.side(index, change.field) or Side.MINE
            combo.setCurrentIndex(combo.findData(side.value))
            self.changes.setItemWidget(child, 1, combo)
            self.sides[(index, change.field)] = combo
        for detail in entry.new_details:
            kind = target_label(
                Target.OTHER_EMAIL if detail.kind == "email" else Target.OTHER_PHONE
            )
            QTreeWidgetItem(item, [kind, self.tr("add {value}").format(value=detail.value)])
        for post in entry.new_posts:
            where = post.committee_name or self.tr("the organization")
            what = self.tr("{post}, {committee}").format(post=label_of(post.post), committee=where)
            QTreeWidgetItem(item, [self.tr("post"), what])
        updates = entry.kind == EntryKind.CHANGED
        item.setExpanded(updates or bool(entry.resemblances))

    def _what(self, entry: PreviewEntry) -> str:
        if entry.person_id is None:
            return self.tr("new person")
        if entry.person_name != entry.row.name:
            return self.tr("updates {name}").format(name=entry.person_name)
        return ""

    def _duplicate_choice(self, item: QTreeWidgetItem, index: int, entry: PreviewEntry) -> None:
        child = QTreeWidgetItem(item, [self.tr("same person?")])
        combo = QComboBox()
        combo.setAccessibleName(
            self.tr("Is {person} someone already here?").format(person=entry.row.name)
        )
        combo.addItem(self.tr("A new person: add them"), None)
        for resemblance in entry.resemblances:
            combo.addItem(
                self.tr("The same as {name} <{email}>: update them").format(
                    name=resemblance.name, email=resemblance.email
                ),
                resemblance.person_id,
            )
        combo.setCurrentIndex(max(combo.findData(entry.person_id), 0) if entry.person_id else 0)
        # Deferred: the rematch rebuilds the tree, and with it this very combo box.
        combo.currentIndexChanged.connect(
            lambda _i, index=index, combo=combo: QTimer.singleShot(
                0, self, partial(self.rematch, index, combo.currentData())
            )
        )
        self.changes.setItemWidget(child, 1, combo)

    def _show_problems(self, preview: ContactsPreview) -> None:
        unit = self.tr("Line") if preview.table.unit == "line" else self.tr("Row")
        self.problems.setHorizontalHeaderItem(0, QTableWidgetItem(unit))
        self.problems.setRowCount(len(preview.problems))
        for row, problem in enumerate(preview.problems):
            message = translated_text(problem.message)
            cells = (
                str(problem.line) if problem.line else "",
                problem.column,
                message[:1].upper() + message[1:],
                translated_text(problem.action),
            )
            for column, text in enumerate(cells):
                self.problems.setItem(row, column, QTableWidgetItem(text))
        self.problems.resizeRowsToContents()

    # --- deciding -----------------------------------------------------------------------

    def _choose_all(self, side: Side) -> None:
        for combo in self.sides.values():
            combo.setCurrentIndex(combo.findData(side.value))

    def decisions(self) -> Decisions:
        return Decisions(
            fields={key: Side(combo.currentData()) for key, combo in self.sides.items()}
        )

    def isComplete(self) -> bool:
        return self.preview is not None

    def _save_problems(self) -> None:
        if self.preview is None:
            return
        suggested = self.preview.table.path.with_name(
            f"{self.preview.table.path.stem}-problems.csv"
        )
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the problems"), str(suggested), self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        try:
            save_errors_csv(self.preview.problems, Path(path), translated_text)
        except OSError as error:
            QMessageBox.warning(self, self.tr("The problems were not saved"), str(error))
