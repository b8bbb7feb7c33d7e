"""The preview of a roster file: what it adds, changes and removes, the conflicts to decide
and the likely duplicates to merge. Nothing is written until Apply."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scdesk.interchange.roster.applying import Decision, Decisions
from scdesk.interchange.roster.baseline import vector
from scdesk.interchange.roster.importing import ImportPreview
from scdesk.interchange.roster.items import Kind
from scdesk.interchange.roster.merge import DELETED, RecordMerge, field_names
from scdesk.ui.backups.wording import local_time
from scdesk.ui.help_key import give_help_key
from scdesk.ui.i18n import translated_text

SHOWN = 1000  # rows listed per tab; the counts say how many there are


def _tr(text: str) -> str:
    return QCoreApplication.translate("RosterPreview", text)


def kind_name(kind: Kind) -> str:
    return {
        Kind.ORGANIZATION: _tr("Organization"),
        Kind.PARTNERSHIP: _tr("Partnership"),
        Kind.COMMITTEE: _tr("Committee"),
        Kind.PERSON: _tr("Person"),
        Kind.MEMBERSHIP: _tr("Post held"),
        Kind.CONTACT_DETAIL: _tr("Contact detail"),
    }[kind]


def field_label(name: str) -> str:
    if name == DELETED:
        return _tr("Removed")
    return name.removesuffix("_id").replace("_", " ").capitalize()


def shown_value(name: str, value: str | None) -> str:
    if name == DELETED:
        return _tr("removed") if value == "true" else _tr("present")
    return value if value else _tr("(empty)")


def made_text(created: str) -> str:
    """When the file was made ("2024-05-01T14:30:00Z"), in the reader's time zone and
    format; as the file says it when it cannot be read as a time."""
    try:
        moment = datetime.fromisoformat(created.replace("Z", "+00:00"))
    except ValueError:
        return created
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return local_time(moment)


def record_label(merge: RecordMerge) -> str:
    return f"{kind_name(merge.kind)}: {translated_text(merge.label()) or merge.uuid}"


class PreviewDialog(QDialog):
    MINE, THEIRS = 1, 2  # positions in each decision box

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        give_help_key(self)
        self.preview = preview
        self.setWindowTitle(self.tr("Preview of {file}").format(file=preview.file_name))
        summary = QLabel(self._summary_text())
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Changes in the file"))
        counts = preview.summary()
        self.tabs.addTab(
            self._conflicts_tab(), self.tr("&Conflicts ({n})").format(n=counts["conflicts"])
        )
        self.tabs.addTab(
            self._records_tab(preview.added, added=True),
            self.tr("&Added ({n})").format(n=counts["added"]),
        )
        self.tabs.addTab(
            self._changes_tab(preview.changed),
            self.tr("C&hanged ({n})").format(n=counts["changed"]),
        )
        self.tabs.addTab(
            self._records_tab(preview.removed),
            self.tr("&Removed ({n})").format(n=counts["removed"]),
        )
        self.tabs.addTab(
            self._duplicates_tab(),
            self.tr("Likely &duplicates ({n})").format(n=counts["duplicates"]),
        )
        self.tabs.addTab(
            self._notes_tab(),
            self.tr("&Notes ({n})").format(n=len(preview.warnings) + len(preview.skipped)),
        )
        if not counts["conflicts"]:
            self.tabs.setCurrentIndex(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(
            self.tr("A&pply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setAccessibleName(self.tr("Apply the changes"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self._update_apply()
        self.resize(self.fontMetrics().averageCharWidth() * 120, self.fontMetrics().height() * 36)

    def _summary_text(self) -> str:
        manifest = self.preview.manifest
        counts = self.preview.summary()
        conflicts, duplicates = counts["conflicts"], counts["duplicates"]
        kind = self.tr("everything") if manifest.kind == "full" else self.tr("changes only")
        text = self.tr(
            "File number {number} from {sender} ({kind}), made {created}.\n"
            "{added} to add, {changed} to change, {removed} to remove, {conflicts} to decide, "
            "{duplicates}."
        ).format(
            number=manifest.sequence,
            sender=manifest.sender_name,
            kind=kind,
            created=made_text(manifest.created),
            added=counts["added"],
            changed=counts["changed"],
            removed=counts["removed"],
            conflicts=self.tr("%n conflict(s)", "", conflicts),
            duplicates=self.tr("%n likely duplicate(s)", "", duplicates),
        )
        if self.preview.adopt:
            text += "\n" + self.tr(
                "This organization is empty: it becomes “{name}” from the file."
            ).format(name=manifest.organization_name)
        if not any(counts[k] for k in ("added", "changed", "removed", "conflicts")):
            text += "\n" + self._nothing_changes_text()
        return text

    def _nothing_changes_text(self) -> str:
        """Why Apply is worth pressing when no record changes."""
        acknowledged = self.preview.acknowledgement
        if acknowledged is None:
            return self.tr("None of your records change; Apply records the file as received.")
        return self.tr(
            "None of your records change. Apply records that the directory has your file "
            "number {number}, so that your next export can hold only the changes since."
        ).format(number=acknowledged.sequence)

    # ---- tabs ---------------------------------------------------------------------------

    def _conflicts_tab(self) -> QWidget:
        page = QWidget()
        explain = QLabel(
            self.tr(
                "Both sides changed these since the last exchange. For each, keep yours (this "
                "organization's) or take theirs (the file's)."
            )
        )
        explain.setWordWrap(True)
        self.conflicts = QTableWidget(0, 5)
        self.conflicts.setAccessibleName(self.tr("Conflicts"))
        self.conflicts.setHorizontalHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Yours"),
                self.tr("Theirs"),
                self.tr("Decision"),
            ]
        )
        self.conflicts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflicts.verticalHeader().hide()
        self.conflicts.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.conflicts.horizontalHeader().setStretchLastSection(True)
        self.conflict_keys: list[tuple[str, str]] = []
        self.decision_boxes: list[QComboBox] = []
        for merge in self.preview.conflicts:
            for conflict in merge.conflicts:
                row = self.conflicts.rowCount()
                self.conflicts.insertRow(row)
                cells = (
                    record_label(merge),
                    field_label(conflict.name),
                    shown_value(conflict.name, conflict.mine),
                    shown_value(conflict.name, conflict.theirs),
                )
                for column, text in enumerate(cells):
                    self.conflicts.setItem(row, column, QTableWidgetItem(text))
                box = QComboBox()
                box.addItems([self.tr("Choose…"), self.tr("Keep mine"), self.tr("Take theirs")])
                box.setAccessibleName(
                    self.tr("Decision for {field} of {record}").format(
                        field=cells[1], record=cells[0]
                    )
                )
                box.currentIndexChanged.connect(self._update_apply)
                self.conflicts.setCellWidget(row, 4, box)
                self.conflict_keys.append((merge.uuid, conflict.name))
                self.decision_boxes.append(box)
        self.keep_all = QPushButton(self.tr("&Keep mine for all"))
        self.take_all = QPushButton(self.tr("&Take theirs for all"))
        self.keep_all.clicked.connect(lambda: self._decide_all(self.MINE))
        self.take_all.clicked.connect(lambda: self._decide_all(self.THEIRS))
        for button in (self.keep_all, self.take_all):
            button.setEnabled(bool(self.decision_boxes))
        row = QHBoxLayout()
        row.addWidget(self.keep_all)
        row.addWidget(self.take_all)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(explain)
        layout.addWidget(self.conflicts, 1)
        layout.addLayout(row)
        return page

    def _records_tab(self, merges: list[RecordMerge], added: bool = False) -> QWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels([self.tr("Record")])
        tree.setAccessibleName(self.tr("Records added") if added else self.tr("Records removed"))
        for merge in merges[:SHOWN]:
            QTreeWidgetItem(tree, [record_label(merge)])
        self._more(tree, len(merges))
        return tree

    def _changes_tab(self, merges: list[RecordMerge]) -> QWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(
            [self.tr("Record or field"), self.tr("Now"), self.tr("After the import")]
        )
        tree.setAccessibleName(self.tr("Records changed"))
        for merge in merges[:SHOWN]:
            parent = QTreeWidgetItem(tree, [record_label(merge)])
            mine = vector(merge.local.item) if merge.local is not None else ()
            names = field_names(merge.kind)
            for name, value in merge.take.items():
                old = mine[names.index(name)] if mine else None
                QTreeWidgetItem(
                    parent, [field_label(name), shown_value(name, old), shown_value(name, value)]
                )
            for conflict in merge.conflicts:
                QTreeWidgetItem(
                    parent,
                    [
                        field_label(conflict.name),
                        shown_value(conflict.name, conflict.mine),
                        self.tr("(conflict)"),
                    ],
                )
            parent.setExpanded(len(merges) <= 50)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._more(tree, len(merges))
        return tree

    def _more(self, tree: QTreeWidget, total: int) -> None:
        if total > SHOWN:
            QTreeWidgetItem(tree, [self.tr("… and {n} more").format(n=total - SHOWN)])

    def _duplicates_tab(self) -> QWidget:
        page = QWidget()
        explain = QLabel(
            self.tr(
                "These people in the file look like people already here. Tick those that are "
                "the same person: they are merged into the existing record after the import."
            )
        )
        explain.setWordWrap(True)
        self.duplicates = QTableWidget(0, 3)
        self.duplicates.setAccessibleName(self.tr("Likely duplicates"))
        self.duplicates.setHorizontalHeaderLabels(
            [
                self.tr("Person in the file (tick to merge)"),
                self.tr("Existing person"),
                self.tr("Why"),
            ]
        )
        self.duplicates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.duplicates.verticalHeader().hide()
        self.duplicates.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.duplicates.horizontalHeader().setStretchLastSection(True)
        self.duplicate_keys: list[tuple[str, int]] = []
        for merge, duplicate in self.preview.duplicates[:SHOWN]:
            row = self.duplicates.rowCount()
            self.duplicates.insertRow(row)
            tick = QTableWidgetItem(translated_text(merge.label()))
            tick.setFlags(tick.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            tick.setCheckState(Qt.CheckState.Unchecked)
            self.duplicates.setItem(row, 0, tick)
            self.duplicates.setItem(
                row, 1, QTableWidgetItem(self.tr("#{id}").format(id=duplicate.person_id))
            )
            self.duplicates.setItem(row, 2, QTableWidgetItem(translated_text(duplicate.reason)))
            self.duplicate_keys.append((merge.uuid, duplicate.person_id))
        layout = QVBoxLayout(page)
        layout.addWidget(explain)
        layout.addWidget(self.duplicates, 1)
        return page

    def _notes_tab(self) -> QWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels([self.tr("Note")])
        tree.setAccessibleName(self.tr("Notes about the file"))
        for note in [*self.preview.warnings, *self.preview.skipped][:SHOWN]:
            text = translated_text(note)
            item = QTreeWidgetItem(tree, [text])
            item.setToolTip(0, text)
        return tree

    # ---- decisions ----------------------------------------------------------------------

    def _decide_all(self, choice: int) -> None:
        for box in self.decision_boxes:
            box.setCurrentIndex(choice)

    def undecided(self) -> int:
        return sum(1 for box in self.decision_boxes if box.currentIndex() == 0)

    def _update_apply(self) -> None:
        left = self.undecided()
        self.apply_button.setEnabled(left == 0)
        self.apply_button.setToolTip(
            self.tr("Decide the %n conflict(s) first.", "", left) if left else ""
        )

    def decisions(self) -> Decisions:
        fields = {
            key: Decision.MINE if box.currentIndex() == self.MINE else Decision.THEIRS
            for key, box in zip(self.conflict_keys, self.decision_boxes, strict=True)
            if box.currentIndex()
        }
        merge = {
            key
            for row, key in enumerate(self.duplicate_keys)
            if self.duplicates.item(row, 0).checkState() == Qt.CheckState.Checked
        }
        return Decisions(fields=fields, merge_duplicates=merge)
