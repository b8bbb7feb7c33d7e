"""The word printed beside a key figure, in the form its number takes: "1 new member",
"2 new members"; "1 socio nuevo", "2 socios nuevos".

The words are Qt numerus messages, so each language chooses by its own rule (French's
"0 nouvel adhérent" as well as English's "0 new members"). They are `self.tr(…, "", n)`
calls on a QObject because that is the one form pyside6-lupdate records plural forms for:
`QCoreApplication.translate(context, text, "", n)` is filed as a plain message. The number
itself is printed apart (a key figure sets it large above its word), so the texts hold no
%n; English's forms are in scdesk_en.ts.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from scdesk.domain.i18n import plural_count


class CountedWords(QObject):
    """One method per word; each number is the count shown beside it."""

    # The annual report and the partnership report
    def active_partnerships(self, n: int) -> str:
        return self.tr("active partnership(s)", "", n)

    def exchanges(self, n: int) -> str:
        return self.tr("exchange(s)", "", n)

    def participants(self, n: int) -> str:
        return self.tr("participant(s)", "", n)

    def volunteer_hours(self, hours: float) -> str:
        return self.tr("volunteer hour(s)", "", plural_count(hours))

    def new_members(self, n: int) -> str:
        return self.tr("new member(s)", "", n)

    def host_nights(self, n: int) -> str:
        return self.tr("host night(s)", "", n)

    def meetings(self, n: int) -> str:
        return self.tr("meeting(s)", "", n)

    # Members by status (the annual report's membership section)
    def joined(self, n: int) -> str:
        return self.tr("joined in the period", "", n)

    def active_members(self, n: int) -> str:
        return self.tr("active", "", n)

    def inactive_members(self, n: int) -> str:
        return self.tr("inactive", "", n)

    def lapsed_members(self, n: int) -> str:
        return self.tr("lapsed", "", n)

    # The volunteer hours report
    def hours(self, hours: float) -> str:
        return self.tr("hour(s)", "", plural_count(hours))

    def approved_hours(self, hours: float) -> str:
        return self.tr("approved hour(s)", "", plural_count(hours))

    def entries(self, n: int) -> str:
        return self.tr("entry/entries", "", n)

    def people(self, n: int) -> str:
        return self.tr("person/people", "", n)

    # Counts inside sentences (%Ln: the number in the reader's digits)
    def people_took_part(self, n: int) -> str:
        return self.tr("%Ln different person/people took part", "", n)

    def cancelled(self, n: int) -> str:
        return self.tr("%Ln cancelled", "", n)

    def members_besides_officers(self, n: int) -> str:
        return self.tr(
            "%Ln member(s) besides the officers; the spreadsheet export of this report lists "
            "them all.",
            "",
            n,
        )
