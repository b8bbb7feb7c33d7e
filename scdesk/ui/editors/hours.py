"""Volunteer hours: quick entry for one volunteer after another, and approval by a chair.

A new entry starts with the values of the last one saved (remembered in the app's
settings), so a volunteer coordinator can type a stack of time sheets quickly.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from sqlalchemy.orm import Session

from scdesk.domain.errors import RuleViolation
from scdesk.model import HoursPurpose, Person, Record, VolunteerHours
from scdesk.operations import committees
from scdesk.operations import hours as hours_operations
from scdesk.ui.counted import hours_text
from scdesk.ui.editors.base import RecordEditor, tab_page
from scdesk.ui.editors.choices import (
    committee_choices,
    exchange_picker,
    person_label,
    person_picker,
)
from scdesk.ui.editors.fields import DateField, FieldError, choice_combo, enum_combo, fill_choices
from scdesk.ui.editors.form import align_labels
from scdesk.ui.editors.rows import shown
from scdesk.ui.i18n import rule_message
from scdesk.ui.settings import app_settings
from scdesk.ui.vocabulary import hours_purposes

REMEMBERED = ("person_id", "worked_on", "hours", "purpose", "exchange_id", "committee_id")
SETTINGS_GROUP = "hours/last_entry"
APPROVER_KEY = "hours/approver"
TYPABLE_HOURS = 99.75  # any two digits a person may type; the rule then says what is allowed

# Which link each purpose asks for.
LINKS = {
    HoursPurpose.EXCHANGE: ("exchange_id",),
    HoursPurpose.COMMITTEE: ("committee_id",),
    HoursPurpose.MEETING: ("committee_id", "meeting_id"),
    HoursPurpose.EVENT: (),
    HoursPurpose.OTHER: (),
}


class HoursEditor(RecordEditor):
    kind = "hours"
    model = VolunteerHours

    def noun(self) -> str:
        return self.tr("hours entry")

    def nothing_chosen_text(self) -> str:
        return self.tr("Choose an entry in the list, or log new hours.")

    def title_of(self, values: dict[str, Any]) -> str:
        if values.get("person_id") is None:
            return ""
        name = self.person.text().split(" (")[0]
        return self.tr("{hours} by {name}").format(
            hours=hours_text(float(values.get("hours") or 0)), name=name
        )

    # ----- the form --------------------------------------------------------------------------

    def build_form(self) -> QWidget:
        self.save_and_new = self.add_header_button(QPushButton(self.tr("Save and &next")))
        self.save_and_new.setAccessibleName(self.tr("Save and enter the next hours"))
        self.save_and_new.setToolTip(
            self.tr("Save, then start a new entry with the same volunteer, day and purpose")
        )
        self.save_and_new.clicked.connect(self.save_and_next)

        entry, form = self.form_group(self.tr("Who gave how much time"))
        self.entry_form = form
        self.person = self.add_field(
            form,
            "person_id",
            self.tr("&Volunteer:"),
            person_picker(self.database, self.tr("Type a name, email or phone")),
        )
        self.add_field(form, "worked_on", self.tr("&Day:"), DateField(self.tr("not set")))
        amount = QDoubleSpinBox()
        # Wider than the rule, so "30" is kept as typed and the rule's message explains it.
        amount.setRange(0, TYPABLE_HOURS)
        amount.setDecimals(2)
        amount.setSingleStep(0.5)
        self.add_field(form, "hours", self.tr("&Hours:"), amount)
        self.purpose = self.add_field(
            form, "purpose", self.tr("&What for:"), enum_combo(hours_purposes())
        )
        self.exchange = self.add_field(
            form,
            "exchange_id",
            self.tr("&Exchange:"),
            exchange_picker(self.database, self.tr("Type part of the exchange's title")),
        )
        self.committee = self.add_field(
            form, "committee_id", self.tr("&Committee:"), choice_combo([], self.tr("(choose)"))
        )
        self.meeting = self.add_field(
            form, "meeting_id", self.tr("&Meeting:"), choice_combo([], self.tr("(choose)"))
        )
        self.add_field(form, "description", self.tr("D&escription:"), QLineEdit())
        self.purpose.currentIndexChanged.connect(self._purpose_edited)
        self.committee.currentIndexChanged.connect(self._committee_edited)

        approval, approval_form = self.form_group(self.tr("Approval"))
        self.approval_state = QLabel()
        self.approval_state.setWordWrap(True)
        approval_form.addRow(self.approval_state)
        self.approver = QComboBox()
        self.approver.setAccessibleName(self.tr("Approved by"))
        self.approve_button = QPushButton(self.tr("&Approve"))
        self.approve_button.clicked.connect(self.approve)
        self.unapprove_button = QPushButton(self.tr("&Withdraw approval"))
        self.unapprove_button.clicked.connect(self.unapprove)
        self.approver_row = QHBoxLayout()
        self.approver_row.addWidget(self.approver, 1)
        self.approver_row.addWidget(self.approve_button)
        caption = QLabel(self.tr("Approved &by:"))
        caption.setBuddy(self.approver)
        approval_form.addRow(caption, self.approver_row)
        approval_form.addRow("", self.unapprove_button)
        self.approval_form = approval_form
        self.approval_error = FieldError()
        approval_form.addRow(self.approval_error)
        self.approval = approval
        align_labels(form, approval_form)
        return tab_page(entry, approval)

    # ----- reading and writing ------------------------------------------------------------

    def read(self, session: Session, record: Record | None) -> dict[str, Any]:
        fill_choices(self.committee, committee_choices(self.database), self.tr("(choose)"))
        values = super().read(session, record)
        if record is None:
            values.update(self._remembered(session))
        elif record.meeting is not None and values.get("committee_id") is None:
            values["committee_id"] = record.meeting.committee_id  # show where the meeting was
        self._fill_meetings(values.get("committee_id"))
        return values

    def save(self) -> bool:
        """Save, first asking whether an entry just like one logged already is meant twice;
        the values saved are remembered for the next entry."""
        if not self._showing_form or (self._record_id is not None and not self._dirty):
            return super().save()
        self.fields.resolve_choices()  # a volunteer typed but not picked is compared too
        with self.database.session() as session:
            twin = hours_operations.same_entry(session, self.values(), self._record_id)
            question = twin is not None and self.tr(
                "This looks like the entry already logged for {name} on {day} "
                "({hours}). Save it again?"
            ).format(
                name=twin.person.full_name, day=shown(twin.worked_on), hours=hours_text(twin.hours)
            )
        if question and not self._save_again(question):
            return False
        if not super().save():
            return False
        self._remember(self.values())
        return True

    def _save_again(self, question: str) -> bool:
        """Ask whether the same hours are really to be logged twice; "Don't save" is the
        default, so pressing Enter or Escape stores nothing."""
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Same hours again?"), question, parent=self
        )
        again = box.addButton(self.tr("Save &again"), QMessageBox.ButtonRole.AcceptRole)
        dont = box.addButton(self.tr("&Don't save"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(dont)
        box.setEscapeButton(dont)
        box.exec()
        return box.clickedButton() is again

    def show_related(self, session: Session, record: Record | None) -> None:
        self._purpose_edited()
        self.save_and_new.setEnabled(True)
        self.approval.setVisible(record is not None)  # a new entry is approved once saved
        self.approval_error.clear()
        fill_choices(
            self.approver,
            [(p.id, person_label(p)) for p in hours_operations.chairs(session)],
            None,
        )
        remembered = app_settings().value(APPROVER_KEY, None)
        index = self.approver.findData(int(remembered)) if remembered else -1
        if index >= 0:
            self.approver.setCurrentIndex(index)
        approved = record is not None and record.approved_at is not None
        self.approve_button.setEnabled(record is not None and not approved)
        self.approval_form.setRowVisible(self.approver_row, not approved)
        self.approval_form.setRowVisible(self.unapprove_button, approved)
        if record is None:
            self.approval_state.setText(self.tr("Save the entry first; a chair then approves it."))
        elif approved:
            approver = session.get(Person, record.approved_by_id) if record.approved_by_id else None
            self.approval_state.setText(
                self.tr("Approved by {name} on {day}.").format(
                    name=approver.full_name if approver else self.tr("someone"),
                    day=shown(record.approved_at.date()),
                )
            )
        else:
            self.approval_state.setText(self.tr("Not approved yet."))

    # ----- quick entry -----------------------------------------------------------------------

    def show_placeholder(self, text: str) -> None:
        super().show_placeholder(text)
        self.save_and_new.setEnabled(False)

    def save_and_next(self) -> bool:
        """Save this entry and start the next one with the remembered values."""
        if not self.save():
            return False
        self.load(None)
        self.person.setFocus()
        self.person.selectAll()
        return True

    def _remember(self, values: dict[str, Any]) -> None:
        settings = app_settings()
        for name in REMEMBERED:
            value = values.get(name)
            key = f"{SETTINGS_GROUP}/{name}"
            if value is None:
                settings.remove(key)
            elif isinstance(value, date):
                settings.setValue(key, value.isoformat())
            else:
                settings.setValue(key, str(value))

    def _remembered(self, session: Session) -> dict[str, Any]:
        """The values of the last entry saved, where they still make sense."""
        settings = app_settings()
        stored = {name: settings.value(f"{SETTINGS_GROUP}/{name}", None) for name in REMEMBERED}
        values: dict[str, Any] = {}
        for name in ("person_id", "exchange_id", "committee_id"):
            if stored[name]:
                values[name] = int(stored[name])
        if values.get("person_id") is not None:
            person = session.get(Person, values["person_id"])
            if person is None or person.deleted_at is not None:
                values["person_id"] = None
        if stored["worked_on"]:
            values["worked_on"] = QDate.fromString(stored["worked_on"], "yyyy-MM-dd").toPython()
        else:
            values["worked_on"] = date.today()
        if stored["hours"]:
            values["hours"] = float(stored["hours"])
        if stored["purpose"] in set(HoursPurpose):
            values["purpose"] = HoursPurpose(stored["purpose"])
        return values

    # ----- links by purpose ----------------------------------------------------------------

    def _purpose_edited(self) -> None:
        """Show the links the purpose asks for; forget the others."""
        wanted = LINKS.get(self.purpose.currentData(), ())
        for name, control in (
            ("exchange_id", self.exchange),
            ("committee_id", self.committee),
            ("meeting_id", self.meeting),
        ):
            visible = name in wanted
            self.entry_form.setRowVisible(control.parentWidget(), visible)
            if not visible and self.fields.bindings[name].get() is not None:
                self.fields.bindings[name].set(None)

    def _committee_edited(self) -> None:
        self._fill_meetings(self.committee.currentData())

    def _fill_meetings(self, committee_id: int | None) -> None:
        choices: list[tuple[int, str]] = []
        if committee_id is not None:
            with self.database.session() as session:
                choices = [
                    (
                        meeting.id,
                        " — ".join(p for p in (shown(meeting.held_on), meeting.place) if p),
                    )
                    for meeting, _count in committees.meetings_of(session, committee_id)
                ]
        fill_choices(self.meeting, choices, self.tr("(choose)"))

    # ----- approval --------------------------------------------------------------------------

    def approve(self) -> bool:
        entry_id = self._record_id
        if entry_id is None or not self.confirm_leave():
            return False
        approver_id = self.approver.currentData()
        try:
            self.run(
                self.tr("Approve hours"),
                lambda s: hours_operations.approve_as_chair(s, [entry_id], approver_id),
            )
        except RuleViolation as error:
            self.approval_error.show_message(rule_message(error))
            return False
        app_settings().setValue(APPROVER_KEY, str(approver_id))
        self.load(entry_id)
        return True

    def unapprove(self) -> bool:
        entry_id = self._record_id
        if entry_id is None:
            return False
        self.run(self.tr("Withdraw approval"), lambda s: hours_operations.unapprove(s, [entry_id]))
        self.load(entry_id)
        return True
