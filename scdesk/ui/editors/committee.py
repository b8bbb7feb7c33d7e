"""The committee editor: what it is, who holds which post, and its meetings with minutes."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from sqlalchemy.orm import Session

from scdesk.model import Committee, CommitteeKind, Meeting, Membership, Post, Record
from scdesk.operations import committees
from scdesk.operations.records import values_of
from scdesk.ui.editors.base import RecordEditor, tab_page
from scdesk.ui.editors.choices import partnership_choices, people_names, person_picker
from scdesk.ui.editors.dialogs import FormDialog
from scdesk.ui.editors.fields import (
    DateField,
    RichTextField,
    choice_combo,
    enum_combo,
    fill_choices,
)
from scdesk.ui.editors.form import align_labels
from scdesk.ui.editors.people_list import PeopleList
from scdesk.ui.editors.rows import Row, RowTable
from scdesk.ui.vocabulary import committee_kinds, posts


class CommitteeEditor(RecordEditor):
    kind = "committee"
    model = Committee

    def noun(self) -> str:
        return self.tr("committee")

    def title_of(self, values: dict[str, Any]) -> str:
        return (values.get("name") or "").strip()

    # ----- the form --------------------------------------------------------------------------

    def build_form(self) -> QWidget:
        self.tabs = self.record_tabs()
        self.tabs.addTab(self._details_tab(), self.tr("Details"))
        self.tabs.addTab(self._members_tab(), self.tr("Members"))
        self.tabs.addTab(self._meetings_tab(), self.tr("Meetings"))
        return self.tabs

    def _details_tab(self) -> QWidget:
        group, form = self.form_group(self.tr("The committee"))
        self.add_field(form, "name", self.tr("&Name:"), QLineEdit())
        self.kind_combo = self.add_field(
            form, "kind", self.tr("&Kind:"), enum_combo(committee_kinds())
        )
        self.partnership = self.add_field(
            form,
            "partnership_id",
            self.tr("Serves the &partnership:"),
            choice_combo([], self.tr("(none: a standing committee)")),
        )
        description = QPlainTextEdit()
        description.setTabChangesFocus(True)
        self.add_field(form, "description", self.tr("&What it does:"), description)
        align_labels(form)
        self.kind_combo.currentIndexChanged.connect(self._kind_edited)
        return tab_page(group)

    def _members_tab(self) -> QWidget:
        self.members = RowTable(
            self.tr("Members and posts"),
            [self.tr("Name"), self.tr("Post"), self.tr("From"), self.tr("Until")],
            self.tr("Nobody holds a post on this committee yet."),
            stretch=0,
        )
        self.members.add_button(self.tr("&Add a member…"), self.add_member, needs_row=False)
        self.members.add_button(self.tr("&End term…"), self.end_term)
        remove = self.members.add_button(self.tr("Remove"), self.remove_member)
        remove.setToolTip(
            self.tr("For a post entered by mistake; to record that a term ended, use End term")
        )
        self.show_past = QCheckBox(self.tr("Show &past members too"))
        self.show_past.toggled.connect(lambda _on: self._refresh_related())
        self.members.add_control(self.show_past)
        self.members.activated.connect(self._open_member)
        return tab_page(self.members)

    def _meetings_tab(self) -> QWidget:
        self.meetings = RowTable(
            self.tr("Meetings"),
            [self.tr("Date"), self.tr("Place"), self.tr("Attended")],
            self.tr("No meetings recorded yet."),
            stretch=1,
        )
        self.meetings.add_button(self.tr("&Record a meeting…"), self.add_meeting, needs_row=False)
        self.meetings.add_button(self.tr("&Open meeting…"), self.edit_meeting)
        self.meetings.add_button(self.tr("Remove meeting"), self.remove_meeting)
        self.meetings.activated.connect(lambda _id: self.edit_meeting())
        return tab_page(self.meetings)

    # ----- reading and writing ------------------------------------------------------------

    def read(self, session: Session, record: Record | None) -> dict[str, Any]:
        fill_choices(
            self.partnership,
            partnership_choices(self.database),
            self.tr("(none: a standing committee)"),
        )
        return super().read(session, record)

    def show_related(self, session: Session, record: Record | None) -> None:
        self._kind_edited()
        if record is None:
            self.members.set_rows([])
            self.meetings.set_rows([])
            self.members.setEnabled(False)
            self.meetings.setEnabled(False)
            return
        self.members.setEnabled(True)
        self.meetings.setEnabled(True)
        self.members.set_rows(
            [
                Row(m.id, (m.person.full_name, m.post, m.started_on, m.ended_on))
                for m in committees.members_of(session, record.id, self.show_past.isChecked())
            ]
        )
        self.meetings.set_rows(
            [
                Row(meeting.id, (meeting.held_on, meeting.place, count))
                for meeting, count in committees.meetings_of(session, record.id)
            ]
        )

    def _kind_edited(self) -> None:
        """Only a committee of one partnership names it; a standing one serves them all."""
        serves = self.kind_combo.currentData() == CommitteeKind.PARTNERSHIP
        self.partnership.setEnabled(serves)
        if not serves and self.partnership.currentData() is not None:
            self.partnership.setCurrentIndex(0)

    # ----- members ---------------------------------------------------------------------------

    def add_member(self) -> FormDialog | None:
        def fields(dialog: FormDialog) -> None:
            dialog.add(
                "person_id",
                self.tr("&Person:"),
                person_picker(self.database, self.tr("Type a name, email or phone")),
            )
            dialog.add("post", self.tr("P&ost:"), enum_combo(posts()))
            dialog.add("started_on", self.tr("&From:"), DateField(self.tr("not set")))
            dialog.add("ended_on", self.tr("&Until:"), DateField(self.tr("open-ended")))

        return self.add_dialog(
            self.tr("Add a member"),
            fields,
            lambda s, committee_id, values: committees.appoint(
                s, committee_id=committee_id, **values
            ),
            {"post": Post.MEMBER, "started_on": date.today()},
        )

    def end_term(self) -> FormDialog | None:
        def fields(dialog: FormDialog) -> None:
            dialog.add("ended_on", self.tr("The term &ends on:"), DateField(self.tr("not set")))

        return self.row_dialog(
            self.members,
            Membership,
            self.tr("End a term"),
            fields,
            write=lambda s, membership_id, values: committees.end_term(
                s, membership_id, values["ended_on"]
            ),
            read=lambda _s, _membership_id: {"ended_on": date.today()},
        )

    def remove_member(self) -> None:
        self.remove_row(self.members, Membership, self.tr("Remove member"))

    def _open_member(self, membership_id: int) -> None:
        with self.database.session() as session:
            person_id = session.get(Membership, membership_id).person_id
        self.open_record.emit("person", person_id)

    # ----- meetings --------------------------------------------------------------------------

    def add_meeting(self) -> FormDialog | None:
        return self.add_dialog(
            self.tr("Record a meeting"),
            self._meeting_fields,
            lambda s, committee_id, values: committees.record_meeting(
                s,
                committee_id,
                values["held_on"],
                values["place"],
                values["minutes"],
                values["attendees"],
            ),
            {"held_on": date.today()},
        )

    def edit_meeting(self) -> FormDialog | None:
        def write(session: Session, meeting_id: int, values: dict[str, Any]) -> Meeting:
            details = {key: values[key] for key in ("held_on", "place", "minutes")}
            return committees.edit_meeting(session, meeting_id, details, values["attendees"])

        def read(session: Session, meeting_id: int) -> dict[str, Any]:
            values = values_of(session.get(Meeting, meeting_id))
            return {**values, "attendees": committees.attendee_ids(session, meeting_id)}

        return self.row_dialog(
            self.meetings, Meeting, self.tr("Meeting"), self._meeting_fields, write, read
        )

    def remove_meeting(self) -> None:
        self.remove_row(self.meetings, Meeting, self.tr("Remove meeting"))

    def _meeting_fields(self, dialog: FormDialog) -> None:
        dialog.add("held_on", self.tr("&Date:"), DateField(self.tr("not set")))
        dialog.add("place", self.tr("&Place:"), QLineEdit())
        attendees = PeopleList(
            person_picker(self.database, self.tr("Type a name to add who attended")),
            partial(people_names, self.database),
        )
        add_members = QPushButton(self.tr("Add all current &members"))
        add_members.clicked.connect(lambda: attendees.add(self._current_member_ids()))
        attendees.extra.addWidget(add_members)
        dialog.add("attendees", self.tr("&Attended:"), attendees)
        dialog.add("minutes", self.tr("Mi&nutes:"), RichTextField())
        metrics = dialog.fontMetrics()
        dialog.resize(metrics.averageCharWidth() * 100, metrics.lineSpacing() * 36)

    def _current_member_ids(self) -> list[int]:
        if self._record_id is None:
            return []
        with self.database.session() as session:
            return [m.person_id for m in committees.members_of(session, self._record_id)]
