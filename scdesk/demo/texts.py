"""Phrases the demo records are written with: exchange titles, itineraries, minutes, skills.

Kept apart from the builders so both demos read alike and the wording can be improved without
touching generation logic.
"""

from __future__ import annotations

from html import escape

from scdesk.model import ExchangeField, HoursPurpose

_F = ExchangeField

# Exchange titles by field, each with the directions it suits (inbound, outbound, virtual);
# the builders add the partner city and the year.
TITLES: dict[ExchangeField, tuple[tuple[str, str], ...]] = {
    _F.CULTURAL: (
        ("Folk dance ensemble tour", "io"),
        ("Painters' exhibition", "io"),
        ("Music festival delegation", "io"),
        ("Cooking and culture week", "iov"),
        ("Film week", "iv"),
        ("Photography exchange", "iov"),
    ),
    _F.EDUCATIONAL: (
        ("High school student exchange", "io"),
        ("Teacher exchange", "io"),
        ("University partnership visit", "io"),
        ("Language immersion program", "o"),
        ("Sister school link-up", "v"),
        ("Online language tandem", "v"),
    ),
    _F.MUNICIPAL: (
        ("Mayoral delegation", "io"),
        ("City planning study tour", "io"),
        ("Water management technical visit", "io"),
        ("Public transit study tour", "io"),
        ("Fire and emergency services exchange", "io"),
        ("City staff video conference", "v"),
    ),
    _F.BUSINESS: (
        ("Trade mission", "io"),
        ("Small business delegation", "io"),
        ("Agriculture and food trade fair", "io"),
        ("Online export webinar", "v"),
    ),
    _F.HUMANITARIAN: (
        ("Medical supplies shipment", "o"),
        ("Clean water project", "o"),
        ("School library donation", "o"),
        ("Rehabilitation training for therapists", "iv"),
        ("Winter generators appeal", "ov"),
        ("Online fundraising telethon", "v"),
    ),
    _F.YOUTH: (
        ("Youth ambassadors summer camp", "io"),
        ("Youth orchestra tour", "io"),
        ("Scout troop exchange", "io"),
        ("Youth leadership summit", "iov"),
    ),
    _F.SPORTS: (
        ("Soccer friendship tournament", "io"),
        ("Marathon delegation", "io"),
        ("Baseball friendship series", "io"),
        ("Online chess match", "v"),
    ),
    _F.OTHER: (
        ("Sister cities gala", "i"),
        ("Friendship week", "io"),
        ("Christmas market stand", "o"),
        ("Holiday card exchange", "v"),
    ),
}


def titles_for(field: ExchangeField, direction: str) -> list[str]:
    """Titles of `field` that suit `direction` (an ExchangeDirection value)."""
    letter = direction[0]
    return [title for title, directions in TITLES[field] if letter in directions]


OUTCOMES: dict[ExchangeField, tuple[str, ...]] = {
    _F.CULTURAL: (
        "Three public performances, about 900 visitors in all.",
        "The exhibition travels on to the public library next spring.",
        "A joint recipe booklet, sold to fund the next visit.",
    ),
    _F.EDUCATIONAL: (
        "Twelve students completed the program; two schools signed a twinning letter.",
        "Teachers drafted a shared lesson plan on local history.",
        "Pen-pal pairs kept in touch for the rest of the school year.",
    ),
    _F.MUNICIPAL: (
        "The planning department adopted two ideas for the downtown plan.",
        "A memorandum on sharing emergency-response training was drafted.",
        "City staff now meet their counterparts online every quarter.",
    ),
    _F.BUSINESS: (
        "Four local firms met distributors; one export order followed.",
        "A joint stand at the regional trade fair is planned.",
    ),
    _F.HUMANITARIAN: (
        "Two pallets of supplies delivered and acknowledged by the hospital.",
        "Funds raised covered the well and two years of maintenance.",
        "Therapists trained in prosthetic fitting; follow-up online.",
    ),
    _F.YOUTH: (
        "Participants gave a presentation at the city council meeting.",
        "Camp alumni formed an online group that still meets.",
    ),
    _F.SPORTS: (
        "Friendship trophy kept in the city hall display case.",
        "A return match is planned for next season.",
    ),
    _F.OTHER: ("Local press and radio covered the event.",),
}

FUNDING_NOTES = (
    "Community foundation grant",
    "Rotary Club sponsorship",
    "City hotel-tax tourism fund",
    "Illinois Arts Council project grant",
    "Sister city youth grant",
    "Proceeds of the spring gala",
    "Participants paid their own airfare",
    "Host families covered meals",
)

# Itinerary items between arrival and departure: sights are visited or toured; the other
# items take place at the city hall ("{hall}") or need no place.
SIGHT_ITEMS = ("Tour of {place}", "Visit to {place}")
OTHER_ITEMS = (
    ("Meeting with the mayor", "{hall}"),
    ("Press conference", "{hall}"),
    ("School visit", ""),
    ("Home-hosted dinner", ""),
    ("Workshop", ""),
)

MEETING_PLACES = (
    "Lincoln Library, Community Room",
    "Springfield City Hall, Room 302",
    "Westminster Presbyterian Church hall",
    "Online (Zoom)",
    "Hoogland Center for the Arts",
    "Café Moxo",
)

MEETING_TOPICS = (
    "Planning of the next exchange and host family recruitment.",
    "Budget review and grant applications.",
    "Report from the last delegation, with photos.",
    "Fundraising dinner: menu, tickets and volunteers.",
    "Youth program: applications received and interviews.",
    "Partner city news and letters received.",
    "Review of the communications plan and newsletter.",
    "Anniversary celebration planning.",
    "Insurance and safeguarding policy for minors.",
    "Translation of materials into the partner language.",
)

SKILLS = (
    "Interpreting",
    "Photography",
    "Grant writing",
    "Event planning",
    "Cooking",
    "Driving (passenger van)",
    "Teaching",
    "First aid",
    "Web design",
    "Accounting",
    "Music",
    "Social media",
    "Fundraising",
    "Translation",
    "Public speaking",
    "Carpentry",
)

RELATIONS = ("Spouse", "Partner", "Parent", "Sibling", "Daughter", "Son", "Friend", "Neighbor")

STREETS = (
    "S Grand Ave W",
    "W Monroe St",
    "S 2nd St",
    "N 5th St",
    "Wabash Ave",
    "Chatham Rd",
    "Lawrence Ave",
    "W Washington St",
    "Sangamon Ave",
    "E Cook St",
    "Outer Park Dr",
    "S MacArthur Blvd",
    "Stevenson Dr",
    "Old Jacksonville Rd",
    "W Iles Ave",
    "N Walnut St",
    "Elm St",
    "Evergreen Terrace",
)

# Springfield ZIP codes, and a few neighbouring towns where members live.
LOCAL_PLACES = (
    ("Springfield", "62701"),
    ("Springfield", "62702"),
    ("Springfield", "62703"),
    ("Springfield", "62704"),
    ("Springfield", "62707"),
    ("Springfield", "62711"),
    ("Springfield", "62712"),
    ("Chatham", "62629"),
    ("Rochester", "62563"),
    ("Sherman", "62684"),
)

# The organization's yearly public events: month, day, name.
EVENTS = (
    (2, 10, "Lunar New Year celebration"),
    (5, 20, "International food fair"),
    (9, 14, "Festival booth at the Old Capitol Art Fair"),
    (11, 1, "Día de los Muertos altar"),
    (12, 5, "Gala dinner"),
)

HOURS_DESCRIPTIONS: dict[HoursPurpose, tuple[str, ...]] = {
    HoursPurpose.EXCHANGE: (
        "Airport pickup",
        "Itinerary planning",
        "Guided tour",
        "Interpreting",
        "Host family coordination",
        "Travel paperwork",
    ),
    HoursPurpose.COMMITTEE: (
        "Minutes and correspondence",
        "Grant application",
        "Budget preparation",
        "Newsletter article",
    ),
    HoursPurpose.MEETING: ("Meeting", "Meeting and preparation"),
    HoursPurpose.EVENT: tuple(name for _month, _day, name in EVENTS),
    HoursPurpose.OTHER: ("Website updates", "Photo archive", "Membership drive", "Office work"),
}


def minutes_html(committee: str, held_on: str, present: list[str], topics: list[str]) -> str:
    """Meeting minutes as the simple HTML the rich-text editor writes."""
    items = "".join(f"<li>{escape(topic)}</li>" for topic in topics)
    return (
        f"<h3>{escape(committee)}: meeting of {held_on}</h3>"
        f"<p><b>Present:</b> {escape(', '.join(present))}</p>"
        f"<ol><li>Minutes of the previous meeting approved.</li>{items}</ol>"
        "<p><i>Meeting adjourned.</i></p>"
    )
