"""The exchange editor: what, when, with whom, who stays where, the programme and the money."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)
from sqlalchemy.orm import Session

from scdesk.domain.countries import currencies
from scdesk.model import (
    Exchange,
    HostPlacement,
    ItineraryItem,
    Participation,
    Record,
)
from scdesk.operations import exchanges
from scdesk.operations.records import duplicate_record
from scdesk.ui.editors.base import RecordEditor, tab_page
from scdesk.ui.editors.choices import committee_choices, partnership_choices, person_picker
from scdesk.ui.editors.dialogs import FormDialog
from scdesk.ui.editors.fields import (
    DateField,
    FieldError,
    MoneyEdit,
    TimeField,
    choice_combo,
    enum_combo,
    fill_choices,
    money_text,
)
from scdesk.ui.editors.form import align_labels
from scdesk.ui.editors.rows import Row, RowTable
from scdesk.ui.i18n import country_name, translated_text
from scdesk.ui.vocabulary import (
    exchange_directions,
    exchange_fields,
    exchange_statuses,
    participant_roles,
)

TYPABLE_NIGHTS = 9999  # four digits; the rule's own limit (MAX_NIGHTS) is said on OK


class ExchangeEditor(RecordEditor):
    kind = "exchange"
    model = Exchange

    def noun(self) -> str:
        return self.tr("exchange")

    def title_of(self, values: dict[str, Any]) -> str:
        return (values.get("title") or "").strip()

    # ----- the form --------------------------------------------------------------------------

    def build_form(self) -> QWidget:
        self.tabs = self.record_tabs()
        self.tabs.addTab(self._details_tab(), self.tr("Details"))
        self.tabs.addTab(self._people_tab(), self.tr("People"))
        self.tabs.addTab(self._itinerary_tab(), self.tr("Itinerary"))
        self.tabs.addTab(self._money_tab(), self.tr("Money"))
        self.tabs.addTab(self._outcomes_tab(), self.tr("Outcomes"))
        self.documents = self.documents_panel()
        self.tabs.addTab(tab_page(self.documents), self.tr("Documents"))
        return self.tabs

    def _details_tab(self) -> QWidget:
        what, what_form = self.form_group(self.tr("The exchange"))
        self.add_field(what_form, "title", self.tr("&Title:"), QLineEdit())
        self.partnership = self.add_field(
            what_form,
            "partnership_id",
            self.tr("&Partnership:"),
            choice_combo([], self.tr("(choose)")),
        )
        self.committee = self.add_field(
            what_form, "committee_id", self.tr("&Committee:"), choice_combo([], self.tr("(none)"))
        )
        self.add_field(what_form, "field", self.tr("&Field:"), enum_combo(exchange_fields()))
        self.add_field(
            what_form, "direction", self.tr("&Direction:"), enum_combo(exchange_directions())
        )
        self.add_field(what_form, "status", self.tr("&Status:"), enum_combo(exchange_statuses()))

        when, when_form = self.form_group(self.tr("When and where"))
        self.add_field(
            when_form, "starts_on", self.tr("Starts &on:"), DateField(self.tr("not set"))
        )
        self.add_field(when_form, "ends_on", self.tr("&Ends on:"), DateField(self.tr("not set")))
        self.add_field(when_form, "place", self.tr("Pl&ace:"), QLineEdit())
        align_labels(what_form, when_form)
        return tab_page(what, when)

    def _people_tab(self) -> QWidget:
        self.participants = RowTable(
            self.tr("Participants"),
            [self.tr("Name"), self.tr("Role"), self.tr("From")],
            self.tr("Nobody takes part yet."),
            stretch=0,
            grow=3,
        )
        self.participants.add_button(
            self.tr("&Add a participant…"), self.add_participant, needs_row=False
        )
        self.participants.add_button(
            self.tr("Add a &guest from abroad…"), self.add_guest, needs_row=False
        )
        self.participants.add_button(self.tr("Remove participant"), self.remove_participant)
        self.participants.activated.connect(self._open_participant)
        self.placements = RowTable(
            self.tr("Host families"),
            [self.tr("Guest"), self.tr("Stays with"), self.tr("Nights")],
            self.tr("No guest has been placed with a host family yet."),
            stretch=1,
            grow=2,
        )
        self.placements.add_button(self.tr("&Place a guest…"), self.place_guest, needs_row=False)
        self.placements.add_button(self.tr("Remove placement"), self.remove_placement)
        self.room_warning = FieldError()
        page = tab_page(self.participants, self.placements, self.room_warning)
        return page

    def _itinerary_tab(self) -> QWidget:
        self.itinerary = RowTable(
            self.tr("Itinerary"),
            [self.tr("Day"), self.tr("Time"), self.tr("What"), self.tr("Where")],
            self.tr("No programme yet."),
            stretch=2,
        )
        self.itinerary.add_button(self.tr("&Add to the programme…"), self.add_item, needs_row=False)
        self.itinerary.add_button(self.tr("&Change…"), self.edit_item)
        self.itinerary.add_button(self.tr("Remove from the programme"), self.remove_item)
        self.itinerary.activated.connect(lambda _id: self.edit_item())
        return tab_page(self.itinerary)

    def _money_tab(self) -> QWidget:
        group, form = self.form_group(self.tr("Funding and costs"))
        self.currency = self.add_field(
            form,
            "currency",
            self.tr("C&urrency:"),
            choice_combo(((code, f"{code} — {name}") for code, name in currencies()), None),
        )
        self.money = [
            self.add_field(form, "budget_cents", self.tr("&Budget:"), MoneyEdit()),
            self.add_field(form, "grants_cents", self.tr("&Grants received:"), MoneyEdit()),
            self.add_field(form, "costs_cents", self.tr("&Costs so far:"), MoneyEdit()),
        ]
        self.budget_left = QLabel()
        self.uncovered = QLabel()
        form.addRow(self.tr("Left in the budget:"), self.budget_left)
        form.addRow(self.tr("Costs not covered by grants:"), self.uncovered)
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        self.add_field(form, "funding_notes", self.tr("&Funding notes:"), notes)
        self.currency.currentIndexChanged.connect(self._money_edited)
        for edit in self.money:
            edit.valueChanged.connect(self._money_edited)
        return tab_page(group)

    def _outcomes_tab(self) -> QWidget:
        group, form = self.form_group(self.tr("What came of it"))
        outcomes = QPlainTextEdit()
        outcomes.setTabChangesFocus(True)
        self.add_field(form, "outcomes", self.tr("O&utcomes:"), outcomes)
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        self.add_field(form, "notes", self.tr("&Notes:"), notes)
        return tab_page(group)

    # ----- reading and writing ------------------------------------------------------------

    def read(self, session: Session, record: Record | None) -> dict[str, Any]:
        fill_choices(self.partnership, partnership_choices(self.database), self.tr("(choose)"))
        fill_choices(self.committee, committee_choices(self.database), self.tr("(none)"))
        return super().read(session, record)

    def copy(self, session: Session, record_id: int) -> int:
        title = session.get(Exchange, record_id).title
        overrides = {"title": self.tr("{title} (copy)").format(title=title)}
        return duplicate_record(session, Exchange, record_id, overrides).id

    def show_related(self, session: Session, record: Record | None) -> None:
        self._money_edited()
        self.documents.show_for(session, record)
        for table in (self.participants, self.placements, self.itinerary):
            table.setEnabled(record is not None)
        if record is None:
            for table in (self.participants, self.placements, self.itinerary):
                table.set_rows([])
            self.room_warning.clear()
            return
        self.participants.set_rows(
            [
                Row(p.id, (p.person.full_name, p.role, country_name(p.person.country)))
                for p in exchanges.participants_of(session, record.id)
            ]
        )
        self.placements.set_rows(
            [
                Row(p.id, (p.guest.full_name, p.host.full_name, p.nights))
                for p in exchanges.placements_of(session, record.id)
            ]
        )
        self.itinerary.set_rows(
            [
                Row(i.id, (i.day, i.starts_at, i.title, i.place))
                for i in exchanges.itinerary_of(session, record.id)
            ]
        )
        warnings = exchanges.host_room_warnings(session, record.id)
        if warnings:
            self.room_warning.show_message("\n".join(map(translated_text, warnings)))
        else:
            self.room_warning.clear()

    def _money_edited(self) -> None:
        code = self.currency.currentData() or "USD"
        for edit in self.money:
            edit.set_currency(code)
        budget, grants, costs = (edit.cents() for edit in self.money)
        self.budget_left.setText(money_text(budget - costs, code))
        self.uncovered.setText(money_text(max(costs - grants, 0), code))

    # ----- participants and placements ----------------------------------------------------

    def add_participant(self) -> FormDialog | None:
        def fields(dialog: FormDialog) -> None:
            dialog.add(
                "person_id",
                self.tr("&Person:"),
                person_picker(self.database, self.tr("Type a name, email or phone")),
            )
            dialog.add("role", self.tr("&Role:"), enum_combo(participant_roles()))

        return self.add_dialog(
            self.tr("Add a participant"),
            fields,
            lambda s, exchange_id, values: exchanges.add_participant(
                s, exchange_id, values["person_id"], values["role"]
            ),
        )

    def add_guest(self) -> FormDialog | None:
        def fields(dialog: FormDialog) -> None:
            dialog.set_intro(
                self.tr(
                    "The guest is recorded as a person from {country} and takes part in "
                    "this exchange. More details can be added later on the People page."
                ).format(country=self._partner_country())
            )
            dialog.add("given_name", self.tr("&Given name:"), QLineEdit())
            dialog.add("family_name", self.tr("&Family name:"), QLineEdit())
            dialog.add("email", self.tr("&Email:"), QLineEdit())
            dialog.add("phone", self.tr("&Phone:"), QLineEdit())
            dialog.add("languages", self.tr("&Languages:"), QLineEdit())
            dialog.add("role", self.tr("&Role:"), enum_combo(participant_roles()))

        def write(session: Session, exchange_id: int, values: dict[str, Any]) -> Participation:
            person = {key: value for key, value in values.items() if key != "role"}
            return exchanges.add_guest_from_abroad(session, exchange_id, person, values["role"])

        return self.add_dialog(self.tr("Add a guest from abroad"), fields, write)

    def _partner_country(self) -> str:
        with self.database.session() as session:
            exchange = session.get(Exchange, self._record_id)
            return country_name(exchange.partnership.partner_country)

    def remove_participant(self) -> None:
        self.remove_row(self.participants, Participation, self.tr("Remove participant"))

    def _open_participant(self, participation_id: int) -> None:
        with self.database.session() as session:
            person_id = session.get(Participation, participation_id).person_id
        self.open_record.emit("person", person_id)

    def place_guest(self) -> FormDialog | None:
        def fields(dialog: FormDialog) -> None:
            dialog.add(
                "guest_id",
                self.tr("&Guest:"),
                person_picker(self.database, self.tr("Type a name")),
            )
            dialog.add(
                "host_id",
                self.tr("Stays &with:"),
                person_picker(self.database, self.tr("Type the host's name")),
            )
            nights = QSpinBox()
            nights.setRange(0, TYPABLE_NIGHTS)  # beyond the rule: it explains, keys are kept
            dialog.add("nights", self.tr("&Nights:"), nights)

        return self.add_dialog(
            self.tr("Place a guest with a host family"),
            fields,
            lambda s, exchange_id, values: exchanges.place_guest(s, exchange_id, **values),
            {"nights": self._nights()},
        )

    def _nights(self) -> int:
        values = self.values()
        starts, ends = values.get("starts_on"), values.get("ends_on")
        if starts is not None and ends is not None and ends > starts:
            return (ends - starts).days
        return 1

    def remove_placement(self) -> None:
        self.remove_row(self.placements, HostPlacement, self.tr("Remove placement"))

    # ----- itinerary -------------------------------------------------------------------------

    def add_item(self) -> FormDialog | None:
        return self.add_dialog(
            self.tr("Add to the programme"),
            self._item_fields,
            lambda s, exchange_id, values: exchanges.add_itinerary_item(s, exchange_id, **values),
            {"day": self.values().get("starts_on") or date.today()},
        )

    def edit_item(self) -> FormDialog | None:
        return self.row_dialog(
            self.itinerary, ItineraryItem, self.tr("Change the programme"), self._item_fields
        )

    def remove_item(self) -> None:
        self.remove_row(self.itinerary, ItineraryItem, self.tr("Remove from the programme"))

    def _item_fields(self, dialog: FormDialog) -> None:
        dialog.add("day", self.tr("&Day:"), DateField(self.tr("not set")))
        dialog.add("starts_at", self.tr("&Time:"), TimeField(self.tr("any time")))
        dialog.add("title", self.tr("&What:"), QLineEdit())
        dialog.add("place", self.tr("W&here:"), QLineEdit())
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        dialog.add("notes", self.tr("&Notes:"), notes)
