"""A day reads the same in every window: lists, date fields, messages, backups, overview."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex

from scdesk.domain import rules
from scdesk.domain.errors import RuleViolation
from scdesk.domain.i18n import _
from scdesk.storage import backup as store
from scdesk.storage.backup import Backup
from scdesk.ui.backups.backups_model import WHEN, BackupsModel
from scdesk.ui.editors.fields import DateField
from scdesk.ui.i18n import moment_text, rule_message
from scdesk.ui.lists import formats


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_a_message_about_a_date_shows_it_as_the_date_field_does(qtbot, speak, language) -> None:
    speak(language)
    field = DateField("—")
    qtbot.addWidget(field)
    field.set_value(date(2026, 6, 5))
    with pytest.raises(RuleViolation) as broken:
        rules.check_date_order(
            "starts_on", date(2026, 6, 20), "ends_on", date(2026, 6, 5), _("The exchange")
        )
    shown = field.edit.text()
    assert "2026" in shown and "6" not in shown.replace("2026", "")  # month in words
    assert shown in rule_message(broken.value)
    assert formats.day(date(2026, 6, 5)) == shown


@pytest.mark.parametrize("language", ["es", "fr", "en"])
def test_the_backups_list_writes_the_year_in_full_and_the_seconds(speak, language) -> None:
    speak(language)
    model = BackupsModel()
    created = datetime(2026, 11, 27, 12, 3, 46)  # noon UTC: the 27th from UTC-11 to UTC+11
    model.set_backups([Backup(Path("backup.sqlite3"), created, store.MANUAL, 1024)])
    when = model.data(model.index(0, WHEN, QModelIndex()))
    assert when.startswith(formats.day(date(2026, 11, 27)) + " "), when
    assert re.search(r"\b2026\b", when) and ":46" in when, when


def test_a_moment_is_the_day_as_written_everywhere_then_the_time(speak) -> None:
    speak("es")
    assert moment_text(datetime(2026, 11, 27, 19, 3, 46)) == "27 nov 2026 19:03"
    assert moment_text(datetime(2026, 11, 27, 19, 3, 46), seconds=True) == "27 nov 2026 19:03:46"
