"""The partnership editor: the partner city, the agreement, its history, contacts, documents."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget
from sqlalchemy.orm import Session

from scdesk.model import PartnerContact, Partnership, PartnershipRenewal, Record
from scdesk.operations import partnerships
from scdesk.operations.records import editable_fields, values_of
from scdesk.ui.editors.base import RecordEditor, tab_page
from scdesk.ui.editors.dialogs import FormDialog
from scdesk.ui.editors.fields import DateField, country_combo, enum_combo, short_text
from scdesk.ui.editors.form import align_labels
from scdesk.ui.editors.rows import Row, RowTable
from scdesk.ui.i18n import country_name
from scdesk.ui.vocabulary import (
    partnership_kinds,
    partnership_origins,
    partnership_statuses,
)


class PartnershipEditor(RecordEditor):
    kind = "partnership"
    model = Partnership

    def noun(self) -> str:
        return self.tr("partnership")

    def title_of(self, values: dict[str, Any]) -> str:
        city = (values.get("partner_city") or "").strip()
        country = country_name(values.get("partner_country") or "")
        return ", ".join(part for part in (city, country) if part)

    # ----- the form --------------------------------------------------------------------------

    def build_form(self) -> QWidget:
        self.tabs = self.record_tabs()
        self.tabs.addTab(self._details_tab(), self.tr("Details"))
        self.tabs.addTab(self._history_tab(), self.tr("History"))
        self.tabs.addTab(self._contacts_tab(), self.tr("Contacts"))
        self.documents = self.documents_panel()
        self.tabs.addTab(tab_page(self.documents), self.tr("Documents"))
        self.tabs.addTab(self._activity_tab(), self.tr("Committees and exchanges"))
        return self.tabs

    def _details_tab(self) -> QWidget:
        city, form = self.form_group(self.tr("Partner city"))
        self.add_field(form, "partner_city", self.tr("&City:"), QLineEdit())
        self.add_field(form, "partner_region", self.tr("Re&gion:"), QLineEdit())
        self.add_field(
            form, "partner_country", self.tr("C&ountry:"), country_combo(self.tr("(choose)"))
        )

        city_form = form
        about, form = self.form_group(self.tr("The partnership"))
        self.about_form = form
        self.add_field(form, "kind", self.tr("&Kind:"), enum_combo(partnership_kinds()))
        self.status = self.add_field(
            form, "status", self.tr("S&tatus:"), enum_combo(partnership_statuses())
        )
        self.status_on = self.add_field(
            form, "status_on", self.tr("New status since:"), DateField(self.tr("not set"))
        )
        self.status_note = self.add_field(
            form, "status_note", self.tr("Why the status c&hanged:"), QLineEdit()
        )
        self.add_field(form, "origin", self.tr("O&rigin:"), enum_combo(partnership_origins()))
        self.add_field(form, "origin_notes", self.tr("How it be&gan:"), short_text())
        self.add_field(
            form, "first_contact_on", self.tr("&First contact:"), DateField(self.tr("not known"))
        )
        self.status.currentIndexChanged.connect(self._status_edited)

        agreement, agreement_form = self.form_group(
            self.tr("The agreement (memorandum of understanding)")
        )
        form = agreement_form
        self.add_field(form, "signed_on", self.tr("Si&gned on:"), DateField(self.tr("not signed")))
        self.add_field(form, "our_signatory", self.tr("Signed for &us by:"), QLineEdit())
        self.add_field(
            form, "partner_signatory", self.tr("Signed for the &partner by:"), QLineEdit()
        )

        notes, form = self.form_group(self.tr("Notes"))
        self.add_field(form, "notes", self.tr("Notes"), short_text(), captioned=False)
        align_labels(city_form, self.about_form, agreement_form)
        self._explain_fields()
        return tab_page(city, about, agreement, notes)

    def _explain_fields(self) -> None:
        """Tooltips on the fields whose words mean something particular to twinning."""
        explanations = {
            "kind": self.tr(
                "A sister city partnership is formal and meant to last, signed by both "
                "mayors. A friendship city is less formal, often a first step."
            ),
            "status": self.tr(
                "Exploring: first talks. Proposed: an agreement is being prepared. Active: "
                "signed and alive. Inactive: signed but quiet. Ended: no longer in force."
            ),
            "origin": self.tr("What first brought the two towns together."),
            "signed_on": self.tr(
                "The day both mayors (or the highest elected officials) signed the "
                "memorandum of understanding."
            ),
        }
        for name, text in explanations.items():
            self.control(name).setToolTip(text)

    def _history_tab(self) -> QWidget:
        self.history = RowTable(
            self.tr("Status history"),
            [self.tr("Date"), self.tr("Status"), self.tr("Note")],
            self.tr("No status recorded yet."),
        )
        self.renewals = RowTable(
            self.tr("Renewals of the agreement"),
            [
                self.tr("Renewed on"),
                self.tr("Signed for us by"),
                self.tr("Signed for the partner by"),
                self.tr("Note"),
            ],
            self.tr("The agreement has not been renewed yet."),
            grow=2,
        )
        self.renewals.add_button(self.tr("Record a rene&wal…"), self.add_renewal, needs_row=False)
        self.renewals.add_button(self.tr("Remove renewal"), self.remove_renewal)
        return tab_page(self.history, self.renewals)

    def _contacts_tab(self) -> QWidget:
        self.contacts = RowTable(
            self.tr("People in the partner city"),
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Organization"),
                self.tr("Email"),
                self.tr("Phone"),
                self.tr("Languages"),
            ],
            self.tr("No contacts in the partner city yet."),
        )
        self.contacts.add_button(self.tr("&Add a contact…"), self.add_contact, needs_row=False)
        self.contacts.add_button(self.tr("&Edit contact…"), self.edit_contact)
        self.contacts.add_button(self.tr("Remove contact"), self.remove_contact)
        self.contacts.activated.connect(lambda _id: self.edit_contact())
        return tab_page(self.contacts)

    def _activity_tab(self) -> QWidget:
        self.committees = RowTable(
            self.tr("Committees serving this partnership"),
            [self.tr("Committee"), self.tr("Kind")],
            self.tr("No committee serves this partnership yet."),
            stretch=0,
        )
        self.committees.activated.connect(lambda i: self.open_record.emit("committee", i))
        self.exchanges = RowTable(
            self.tr("Exchanges"),
            [
                self.tr("Starts"),
                self.tr("Title"),
                self.tr("Field"),
                self.tr("Direction"),
                self.tr("Status"),
            ],
            self.tr("No exchanges with this partner city yet."),
            stretch=1,
            grow=3,
        )
        self.exchanges.activated.connect(lambda i: self.open_record.emit("exchange", i))
        hint = self.tr("Double-click a line (or press Enter) to open it.")
        self.committees.title.setToolTip(hint)
        self.exchanges.title.setToolTip(hint)
        return tab_page(self.committees, self.exchanges)

    # ----- reading and writing ------------------------------------------------------------

    def read(self, session: Session, record: Record | None) -> dict[str, Any]:
        values = super().read(session, record)
        values.update(status_on=date.today(), status_note="")
        return values

    def create(self, session: Session, values: dict[str, Any]) -> int:
        details = _details(values)
        return partnerships.create_partnership(session, details, on=values["status_on"]).id

    def update(self, session: Session, record_id: int, changes: dict[str, Any]) -> None:
        values = self.values()
        partnerships.edit_partnership(
            session,
            record_id,
            _details(changes),
            status_on=values["status_on"],
            status_note=values["status_note"].strip(),
        )

    def copy(self, session: Session, record_id: int) -> int:
        source = values_of(session.get(Partnership, record_id))
        values = {key: source[key] for key in editable_fields(Partnership)}
        return partnerships.create_partnership(session, values).id

    def show_related(self, session: Session, record: Record | None) -> None:
        self._status_edited()
        self.documents.show_for(session, record)
        if record is None:
            for table in (self.history, self.renewals, self.contacts):
                table.set_rows([])
            self.committees.set_rows([])
            self.exchanges.set_rows([])
            return
        changes, renewals = partnerships.live_history(session, record.id)
        self.history.set_rows([Row(c.id, (c.changed_on, c.status, c.note)) for c in changes])
        self.renewals.set_rows(
            [
                Row(r.id, (r.renewed_on, r.our_signatory, r.partner_signatory, r.note))
                for r in renewals
            ]
        )
        self.contacts.set_rows(
            [
                Row(c.id, (c.name, c.role, c.organization, c.email, c.phone, c.languages))
                for c in partnerships.live_contacts(session, record.id)
            ]
        )
        self.committees.set_rows(
            [Row(c.id, (c.name, c.kind)) for c in partnerships.committees_of(session, record.id)]
        )
        self.exchanges.set_rows(
            [
                Row(e.id, (e.starts_on, e.title, e.field, e.direction, e.status))
                for e in partnerships.exchanges_of(session, record.id)
            ]
        )

    def _status_edited(self) -> None:
        """The date and note of a status change matter only when the status changes."""
        saved = self._loaded.get("status", self.status.currentData())
        changing = self._record_id is not None and self.status.currentData() != saved
        self.about_form.setRowVisible(self.status_on.parentWidget(), changing)
        self.about_form.setRowVisible(self.status_note.parentWidget(), changing)

    # ----- contacts and renewals ----------------------------------------------------------

    def add_contact(self) -> FormDialog | None:
        return self.add_dialog(
            self.tr("Add a contact"), _contact_fields, partnerships.add_partner_contact
        )

    def edit_contact(self) -> FormDialog | None:
        return self.row_dialog(
            self.contacts, PartnerContact, self.tr("Edit contact"), _contact_fields
        )

    def remove_contact(self) -> None:
        self.remove_row(self.contacts, PartnerContact, self.tr("Remove contact"))

    def add_renewal(self) -> FormDialog | None:
        def fields(dialog: FormDialog) -> None:
            dialog.add("on", self.tr("Renewed &on:"), DateField(self.tr("not set")))
            dialog.add("our_signatory", self.tr("Signed for &us by:"), QLineEdit())
            dialog.add("partner_signatory", self.tr("Signed for the &partner by:"), QLineEdit())
            dialog.add("note", self.tr("&Note:"), QLineEdit())

        return self.add_dialog(
            self.tr("Record a renewal of the agreement"),
            fields,
            lambda s, partnership_id, values: partnerships.renew_agreement(
                s, partnership_id, **values
            ),
            {"on": date.today()},
        )

    def remove_renewal(self) -> None:
        self.remove_row(self.renewals, PartnershipRenewal, self.tr("Remove renewal"))


def _details(values: dict[str, Any]) -> dict[str, Any]:
    """The partnership's own columns among a form's values."""
    columns = set(editable_fields(Partnership))
    return {key: value for key, value in values.items() if key in columns}


def _contact_fields(dialog: FormDialog) -> None:
    # Not dialog.tr(): that looks up FormDialog's context, where lupdate does not file these.
    def label(text: str) -> str:
        return QCoreApplication.translate("PartnershipEditor", text)

    dialog.add("name", label("&Name:"), QLineEdit())
    dialog.add("role", label("&Role:"), QLineEdit())
    dialog.add("organization", label("&Organization:"), QLineEdit())
    dialog.add("email", label("&Email:"), QLineEdit())
    dialog.add("phone", label("&Phone:"), QLineEdit())
    dialog.add("languages", label("&Languages:"), QLineEdit())
    dialog.add("notes", label("No&tes:"), short_text())
