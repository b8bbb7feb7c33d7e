"""Which posts a file gives people are new, and which a committee's current chair prevents."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.domain.i18n import _
from scdesk.interchange.contacts.committees import CommitteeDirectory, NewCommittee
from scdesk.interchange.contacts.matching import chunks
from scdesk.interchange.contacts.people_rows import PersonRow
from scdesk.model import Membership, Post

# Reports a post that cannot be given: (line, message, what to do).
ReportProblem = Callable[[int, str, str], None]


@dataclass(frozen=True)
class PlannedPost:
    committee: int | NewCommittee | None  # an existing committee's id, a new one, or none
    committee_name: str
    post: Post
    line: int


def _current(query):  # type: ignore[no-untyped-def]
    today = date.today()
    return query.where(
        Membership.deleted_at.is_(None),
        (Membership.ended_on.is_(None)) | (Membership.ended_on >= today),
    )


class PostPlanner:
    """Plans posts against current terms, read once for every person concerned."""

    def __init__(
        self, session: Session, committees: CommitteeDirectory, person_ids: Iterable[int]
    ) -> None:
        self.committees = committees
        self.chairs: dict[int | str, int] = {}  # committee (id or new key) → chairing person
        chairs = _current(
            select(Membership.committee_id, Membership.person_id).where(
                Membership.post == Post.CHAIR, Membership.committee_id.is_not(None)
            )
        )
        for committee_id, person_id in session.execute(chairs):
            self.chairs[committee_id] = person_id
        self.held: dict[int, set[tuple[int | None, Post]]] = {}
        for batch in chunks(person_ids):
            rows = session.execute(
                _current(
                    select(Membership.person_id, Membership.committee_id, Membership.post).where(
                        Membership.person_id.in_(batch)
                    )
                )
            )
            for person_id, committee_id, post in rows:
                self.held.setdefault(person_id, set()).add((committee_id, post))

    def plan(
        self, row: PersonRow, person_id: int | None, report: ReportProblem
    ) -> list[PlannedPost]:
        held = self.held.get(person_id, set()) if person_id is not None else set()
        planned: list[PlannedPost] = []
        for request in row.posts:
            committee = self.committees.find(request.committee) if request.committee else None
            if not isinstance(committee, NewCommittee):
                on_committee = {post for cid, post in held if cid == committee}
                if (request.post is None and on_committee) or request.post in on_committee:
                    continue
            post = request.post or Post.MEMBER
            name = (
                self.committees.names.get(committee, request.committee)
                if isinstance(committee, int)
                else request.committee
            )
            if post == Post.CHAIR and committee is not None:
                chair_key = committee if isinstance(committee, int) else committee.key
                chair = self.chairs.get(chair_key)
                if chair is not None and chair != (person_id or -row.line):
                    report(
                        request.line,
                        _("{committee} already has a chair; {name} was not made chair.").format(
                            committee=name, name=row.name
                        ),
                        _("End the current chair's term in scdesk, then import again."),
                    )
                    continue
                self.chairs[chair_key] = person_id or -row.line
            planned.append(PlannedPost(committee, name, post, request.line))
        return planned
