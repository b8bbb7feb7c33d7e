"""Which committee a file means by “Guadalajara”, “Board” or “Youth Exchange”.

Files name committees loosely: “Guadalajara” for the “Guadalajara Committee”. Names are
compared without accents, punctuation and the word “committee”; a name that also names a
partner city finds that partnership's committee. A name that finds nothing becomes a new
committee, of the kind its name suggests, shown in the preview before anything is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.domain.names import fold
from scdesk.model import Committee, CommitteeKind, Partnership

FILLER_WORDS = frozenset(
    {"committee", "comite", "komitee", "ausschuss", "commission", "the", "of", "de", "del"}
)
KIND_WORDS = (
    (CommitteeKind.BOARD, ("board", "directors", "vorstand", "junta", "conseil")),
    (CommitteeKind.YOUTH, ("youth", "student", "students", "jugend", "jeunesse", "juventud")),
    (CommitteeKind.EVENTS, ("event", "events", "festival", "veranstaltungen")),
    (CommitteeKind.FUNDRAISING, ("fundraising", "fund", "funds", "donations", "sponsoring")),
)


@lru_cache(maxsize=4096)  # a few committee names, on every row of a file
def committee_key(name: str) -> str:
    words = re.sub(r"[^\w]+", " ", fold(name)).split()
    return " ".join(word for word in words if word not in FILLER_WORDS) or " ".join(words)


@dataclass(frozen=True)
class NewCommittee:
    key: str
    name: str
    kind: CommitteeKind
    partnership_id: int | None

    @property
    def kind_words(self) -> str:
        return self.kind.value.replace("_", " ")


class CommitteeDirectory:
    """The organization's live committees and partner cities, by comparable name."""

    def __init__(self, session: Session) -> None:
        self.by_key: dict[str, list[int]] = {}
        self.names: dict[int, str] = {}
        self.partnership_of: dict[int, int | None] = {}
        for committee_id, name, partnership_id in session.execute(
            select(Committee.id, Committee.name, Committee.partnership_id).where(
                Committee.deleted_at.is_(None)
            )
        ):
            self.by_key.setdefault(committee_key(name), []).append(committee_id)
            self.names[committee_id] = name
            self.partnership_of[committee_id] = partnership_id
        self.partnerships: dict[str, int] = {
            committee_key(city): partnership_id
            for partnership_id, city in session.execute(
                select(Partnership.id, Partnership.partner_city).where(
                    Partnership.deleted_at.is_(None)
                )
            )
        }
        self.planned: dict[str, NewCommittee] = {}

    def find(self, name: str) -> int | NewCommittee:
        """The committee `name` means: an existing one's id, or one to create."""
        key = committee_key(name)
        found = self.by_key.get(key, [])
        if found:
            return min(found)
        partnership = self.partnerships.get(key)
        if partnership is not None:
            serving = [c for c, p in self.partnership_of.items() if p == partnership]
            if len(serving) == 1:
                return serving[0]
        if key not in self.planned:
            self.planned[key] = NewCommittee(key, name.strip(), *self._kind_of(key, partnership))
        return self.planned[key]

    def _kind_of(self, key: str, partnership: int | None) -> tuple[CommitteeKind, int | None]:
        if partnership is not None:
            return CommitteeKind.PARTNERSHIP, partnership
        words = set(key.split())
        for kind, names in KIND_WORDS:
            if words & set(names):
                return kind, None
        return CommitteeKind.OTHER_STANDING, None
