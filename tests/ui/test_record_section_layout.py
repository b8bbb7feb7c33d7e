"""The record sections have room for their words: the list takes the width while nothing is
open, columns show their titles, dates and vocabulary whole in Spanish and French, the
exchange editor's tabs are all in sight, and the editor's state reads on one line."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QStyle

from scdesk.ui.lists import exchanges_model, formats
from scdesk.ui.lists.exchanges_page import ExchangesPage
from scdesk.ui.lists.hours_page import HoursPage
from scdesk.ui.lists.partnerships_page import PartnershipsPage
from scdesk.ui.lists.people_page import PeoplePage

LAPTOP = (1024, 700)


def open_page(qtbot, page_class, org, size=(1280, 800)):
    page = page_class(org, None, QUndoStack())
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def test_with_nothing_open_the_list_has_most_of_the_width(qtbot, demo) -> None:
    page = open_page(qtbot, ExchangesPage, demo)
    list_width, editor_width = page.splitter.sizes()
    assert list_width > 4 * editor_width
    page.open_record(page.model.record_id(0))
    qtbot.wait(10)
    list_width, editor_width = page.splitter.sizes()
    assert editor_width >= page.editor.minimumSizeHint().width()
    assert editor_width >= page.editor.sizeHint().width() - 2  # as wide as the form asks
    assert list_width > 0


def test_an_open_editor_s_buttons_stand_on_one_row(qtbot, demo, speak) -> None:
    speak("fr")
    page = open_page(qtbot, HoursPage, demo)
    page.open_record(page.model.record_id(0))
    qtbot.wait(10)
    editor = page.editor
    tops = {button.y() for button in editor._header_buttons}
    assert len(tops) == 1, [button.text() for button in editor._header_buttons]


def test_column_widths_remembered_in_another_language_widen_for_this_one(
    qtbot, demo, speak
) -> None:
    page = open_page(qtbot, ExchangesPage, demo)
    header = page.view.horizontalHeader()
    header.resizeSection(exchanges_model.STATUS, 40)
    header.resizeSection(exchanges_model.TITLE, 123)
    page.save_state()
    again = open_page(qtbot, ExchangesPage, demo)  # the same language: as it was left
    assert again.view.horizontalHeader().sectionSize(exchanges_model.STATUS) == 40
    speak("es")
    spanish = open_page(qtbot, ExchangesPage, demo)
    header = spanish.view.horizontalHeader()
    assert header.sectionSize(exchanges_model.STATUS) >= title_room(header, exchanges_model.STATUS)
    assert header.sectionSize(exchanges_model.TITLE) == 123  # wide enough: left alone


def test_the_width_given_to_an_open_editor_is_remembered(qtbot, demo) -> None:
    page = open_page(qtbot, PeoplePage, demo)
    page.open_record(page.model.record_id(0))
    qtbot.wait(10)
    total = sum(page.splitter.sizes())
    page.splitter.moveSplitter(total - 640, 1)  # as dragging the handle does
    assert page.splitter.sizes()[1] == pytest.approx(640, abs=8)
    page.new_record()  # another record keeps the width
    assert page.splitter.sizes()[1] == pytest.approx(640, abs=8)
    page.save_state()
    again = open_page(qtbot, PeoplePage, demo)
    assert again.splitter.sizes()[1] < 300  # nothing open yet
    again.open_record(again.model.record_id(0))
    qtbot.wait(10)
    assert again.splitter.sizes()[1] == pytest.approx(640, abs=8)


def title_room(header, column: int) -> int:
    """The width a header section needs for its whole title and the sort arrow."""
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    title = header.model().headerData(column, header.orientation())
    return header.fontMetrics().horizontalAdvance(title) + arrow + 2 * margin


@pytest.mark.parametrize("language", ["es", "fr"])
@pytest.mark.parametrize("page_class", [PeoplePage, ExchangesPage, HoursPage])
def test_at_a_laptop_s_width_titles_dates_and_vocabulary_are_whole(
    qtbot, demo, speak, language, page_class
) -> None:
    speak(language)
    page = open_page(qtbot, page_class, demo, LAPTOP)
    header = page.view.horizontalHeader()
    cells = page.view.fontMetrics()
    for number, column in enumerate(page.model.columns):
        size = header.sectionSize(number)
        assert size >= title_room(header, number), f"{column.title!r} is cut"
        if column.fits:
            for value in column.fits:
                text = column.format(value)
                assert size >= cells.horizontalAdvance(text) + 8, f"{text!r} is cut"
            shown = [page.model.index(row, number).data() for row in range(40)]
            widest = max(cells.horizontalAdvance(text or "") for text in shown)
            assert size >= widest + 8, f"{column.title!r} cuts a shown value"


def test_a_long_date_in_french_is_among_the_values_a_date_column_fits(speak) -> None:
    speak("fr")
    texts = [formats.day(day) for day in formats.EVERY_MONTH]
    assert "28 janv. 2028" in texts and "28 sept. 2028" in texts


@pytest.mark.parametrize("language", ["es", "fr"])
@pytest.mark.parametrize("page_class", [ExchangesPage, PartnershipsPage])
def test_every_editor_tab_is_in_sight_and_whole(qtbot, demo, speak, language, page_class) -> None:
    speak(language)
    page = open_page(qtbot, page_class, demo)
    page.open_record(page.model.record_id(0))
    qtbot.wait(10)
    bar = page.editor.tabs.tabBar()
    assert not bar.usesScrollButtons()
    for tab in range(bar.count()):
        rect = bar.tabRect(tab)
        assert bar.rect().contains(rect), f"{bar.tabText(tab)!r} is out of sight"
        assert rect.width() > bar.fontMetrics().horizontalAdvance(bar.tabText(tab))


@pytest.mark.parametrize("language", ["es", "fr"])
def test_the_unsaved_state_reads_on_one_line(qtbot, demo, speak, language) -> None:
    speak(language)
    page = open_page(qtbot, HoursPage, demo, LAPTOP)
    page.open_record(page.model.record_id(0))
    qtbot.wait(10)
    page.editor.control("description").setText("Stand")
    qtbot.wait(10)
    state = page.editor.state
    assert state.text()
    assert state.height() < 2 * state.fontMetrics().height()
    assert state.width() >= state.fontMetrics().horizontalAdvance(state.text())


def test_the_exchanges_section_is_readable_at_twice_the_font_size(qtbot, demo, tmp_path) -> None:
    page = open_page(qtbot, ExchangesPage, demo, (1100, 700))
    font = page.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    page.setFont(font)
    page.open_record(page.model.record_id(0))
    page.resize(1100, 700)
    qtbot.wait(50)
    page.grab().save(str(tmp_path / "exchanges-page-200.png"))
    editor = page.editor
    for button in (editor.save_button, editor.revert_button, editor.delete_button):
        assert button.isVisible()
        assert button.width() >= button.fontMetrics().horizontalAdvance(button.text()) - 5
    bar = editor.tabs.tabBar()
    for tab in range(bar.count()):
        assert bar.rect().contains(bar.tabRect(tab))


@pytest.mark.parametrize("language", ["es", "fr"])
def test_a_laptop_s_window_holds_every_section_with_a_record_open(
    qtbot, open_window, demo, speak, language
) -> None:
    speak(language)
    window = open_window(demo)
    for kind in ("partnership", "committee", "exchange", "person", "hours"):
        page = window.show_section(kind)
        qtbot.waitUntil(lambda page=page: page.model.rowCount() > 0)
        page.open_record(page.model.record_id(0))
    assert window.minimumSizeHint().width() <= LAPTOP[0]


@pytest.mark.parametrize("language", ["es", "fr"])
def test_the_country_stands_beside_its_label_in_the_partnership_editor(
    qtbot, demo, speak, language
) -> None:
    """The longest country name made the field too wide for its row: in French it went
    below "Pays :" while every other field stood beside its label."""
    speak(language)
    page = open_page(qtbot, PartnershipsPage, demo, LAPTOP)
    page.open_record(page.model.record_id(0))
    qtbot.wait(10)
    country = page.editor.control("partner_country")
    city = page.editor.control("partner_city")
    (label,) = [label for label in page.editor.findChildren(QLabel) if label.buddy() is country]

    def middle(widget):
        return widget.mapToGlobal(widget.rect().center())

    assert abs(middle(label).y() - middle(country).y()) <= 4  # on the label's row
    assert country.mapToGlobal(country.rect().topLeft()).x() == (
        city.mapToGlobal(city.rect().topLeft()).x()
    )  # in the column of the fields
    names = [country.itemText(i) for i in range(country.count())]
    longest = max(names, key=country.view().fontMetrics().horizontalAdvance)
    assert country.view().minimumWidth() > country.view().fontMetrics().horizontalAdvance(longest)
