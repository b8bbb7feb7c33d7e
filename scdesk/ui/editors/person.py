"""The person editor: names, contact details, consent, hosting, and what they do with us."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)
from sqlalchemy.orm import Session

from scdesk.domain.names import display_name
from scdesk.model import Membership, Person, Record
from scdesk.operations.people import person_activity
from scdesk.operations.records import duplicate_record
from scdesk.ui.counted import hours_text
from scdesk.ui.editors.base import RecordEditor, tab_page
from scdesk.ui.editors.fields import DateField, country_combo, enum_combo, short_text
from scdesk.ui.editors.form import align_labels
from scdesk.ui.editors.merge import MergeDialog
from scdesk.ui.editors.rows import Row, RowTable
from scdesk.ui.vocabulary import person_categories, person_field_labels, person_statuses


class PersonEditor(RecordEditor):
    kind = "person"
    model = Person

    def noun(self) -> str:
        return self.tr("person")

    def title_of(self, values: dict[str, Any]) -> str:
        return display_name(values.get("given_name") or "", values.get("family_name") or "")

    # ----- the form --------------------------------------------------------------------------

    def build_form(self) -> QWidget:
        self.labels = person_field_labels()
        self.merge_button = self.add_header_button(QPushButton(self.tr("&Merge with…")))
        self.merge_button.setAccessibleName(self.tr("Merge with another record of this person"))
        self.merge_button.setToolTip(
            self.tr("Two records of one person? Merge them into this one.")
        )
        self.merge_button.clicked.connect(self.merge)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._details_tab(), self.tr("Details"))
        self.tabs.addTab(self._contact_tab(), self.tr("Contact"))
        self.tabs.addTab(self._consent_tab(), self.tr("Consent and hosting"))
        self.tabs.addTab(self._activity_tab(), self.tr("Activity"))
        return self.tabs

    def _add(self, form, name: str, control: QWidget) -> QWidget:
        return self.add_field(form, name, self.labels[name], control)

    def _details_tab(self) -> QWidget:
        name, name_form = self.form_group(self.tr("Name"))
        self._add(name_form, "given_name", QLineEdit())
        self._add(name_form, "family_name", QLineEdit())
        about, about_form = self.form_group(self.tr("With us"))
        self._add(about_form, "category", enum_combo(person_categories()))
        self._add(about_form, "status", enum_combo(person_statuses()))
        self._add(about_form, "member_since", DateField(self.tr("not a member")))
        self._add(about_form, "languages", QLineEdit())
        self._add(about_form, "skills", short_text())
        notes, notes_form = self.form_group(self.tr("Notes"))
        self.add_field(notes_form, "notes", self.tr("Notes"), short_text(), captioned=False)
        align_labels(name_form, about_form)
        return tab_page(name, about, notes)

    def _contact_tab(self) -> QWidget:
        reach, reach_form = self.form_group(self.tr("How to reach them"))
        self._add(reach_form, "email", QLineEdit())
        self._add(reach_form, "phone", QLineEdit())
        self._add(reach_form, "street", QLineEdit())
        self._add(reach_form, "postal_code", QLineEdit())
        self._add(reach_form, "city", QLineEdit())
        self._add(reach_form, "region", QLineEdit())
        self._add(reach_form, "country", country_combo(self.tr("(not known)")))
        emergency, emergency_form = self.form_group(self.tr("In an emergency, call"))
        self._add(emergency_form, "emergency_name", QLineEdit())
        self._add(emergency_form, "emergency_phone", QLineEdit())
        self._add(emergency_form, "emergency_relation", QLineEdit())
        align_labels(reach_form, emergency_form)
        return tab_page(reach, emergency)

    def _consent_tab(self) -> QWidget:
        consent, consent_form = self.form_group(self.tr("They agreed to"))
        for name in ("consent_directory", "consent_photos", "consent_email"):
            self._add(consent_form, name, QCheckBox())
        hosting, hosting_form = self.form_group(self.tr("Hosting guests"))
        rooms = QSpinBox()
        rooms.setRange(0, 999)  # no rule caps the rooms: a wider box never drops a digit
        self._add(hosting_form, "host_rooms", rooms)
        directory, directory_form = self.form_group(self.tr("Central directory"))
        self._add(directory_form, "directory_id", QLineEdit())
        self._add(directory_form, "directory_admin", QCheckBox())
        align_labels(hosting_form, directory_form)
        return tab_page(consent, hosting, directory)

    def _activity_tab(self) -> QWidget:
        self.posts = RowTable(
            self.tr("Committees and posts"),
            [self.tr("Committee"), self.tr("Post"), self.tr("From"), self.tr("Until")],
            self.tr("No posts."),
            stretch=0,
        )
        self.posts.activated.connect(self._open_committee)
        self.exchanges = RowTable(
            self.tr("Exchanges"),
            [self.tr("Exchange"), self.tr("Role"), self.tr("Starts")],
            self.tr("Has not taken part in an exchange yet."),
            stretch=0,
        )
        self.exchanges.activated.connect(lambda i: self.open_record.emit("exchange", i))
        self.hours = RowTable(
            self.tr("Volunteer hours"),
            [
                self.tr("Day"),
                self.tr("Hours"),
                self.tr("For"),
                self.tr("What"),
                self.tr("Approved"),
            ],
            self.tr("No volunteer hours recorded."),
            stretch=3,
            grow=2,
        )
        self.hours.activated.connect(lambda i: self.open_record.emit("hours", i))
        self.hours_total = QLabel()
        return tab_page(self.posts, self.exchanges, self.hours, self.hours_total)

    # ----- reading and writing ------------------------------------------------------------

    def copy(self, session: Session, record_id: int) -> int:
        """A new person sharing this one's address and details (a family member, say)."""
        source = session.get(Person, record_id)
        overrides = {
            "given_name": self.tr("{name} (copy)").format(name=source.given_name).strip(),
            "email": "",
            "directory_id": "",
            "directory_admin": False,
            "notes": "",
        }
        return duplicate_record(session, Person, record_id, overrides).id

    def show_related(self, session: Session, record: Record | None) -> None:
        self.merge_button.setEnabled(record is not None)
        if record is None:
            for table in (self.posts, self.exchanges, self.hours):
                table.set_rows([])
            self.hours_total.clear()
            return
        activity = person_activity(session, record.id)
        self.posts.set_rows([Row(row[0], row[1:]) for row in activity.posts])
        self.exchanges.set_rows([Row(row[0], row[1:]) for row in activity.exchanges])
        self.hours.set_rows([Row(row[0], row[1:]) for row in activity.hours])
        hours, entries = activity.hours_total, activity.hours_entries
        self.hours_total.setText(
            self.tr("{hours} in {entries} altogether.").format(
                hours=hours_text(hours),
                entries=self.tr("%n entry(s)", "", entries),
            )
        )

    def _open_committee(self, membership_id: int) -> None:
        with self.database.session() as session:
            committee_id = session.get(Membership, membership_id).committee_id
        if committee_id is not None:
            self.open_record.emit("committee", committee_id)

    # ----- merging ---------------------------------------------------------------------------

    def merge(self) -> MergeDialog | None:
        """Choose the other record of this person and merge it into this one."""
        if self._record_id is None or not self.confirm_leave():
            return None
        dialog = MergeDialog(self.database, self.undo_stack, self._record_id, self)
        dialog.merged.connect(lambda _removed: self._refresh_after_merge())
        return self.open_dialog(dialog)

    def _refresh_after_merge(self) -> None:
        if self._record_id is not None:
            self.load(self._record_id)
            self.saved.emit(self._record_id)
