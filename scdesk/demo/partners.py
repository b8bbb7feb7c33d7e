"""The demo organization's partner cities: six with a full written history, and a longer list
of plainer ones the large demo adds for volume.

Officials named here are invented; places and institutions are real, so the data reads like
an actual roster.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from scdesk.model import CommitteeKind, PartnershipKind, PartnershipOrigin, PartnershipStatus

_S = PartnershipStatus
_K = PartnershipKind
_O = PartnershipOrigin


@dataclass(frozen=True)
class Step:
    status: PartnershipStatus
    on: date
    note: str = ""


@dataclass(frozen=True)
class Renewal:
    on: date
    our_signatory: str
    partner_signatory: str
    note: str = ""


@dataclass(frozen=True)
class Contact:
    name: str
    role: str
    organization: str
    email: str = ""
    phone: str = ""
    languages: str = ""
    notes: str = ""


@dataclass(frozen=True)
class PartnerCity:
    city: str
    region: str
    country: str
    kind: PartnershipKind
    origin: PartnershipOrigin
    history: tuple[Step, ...]
    origin_notes: str = ""
    signed_on: date | None = None
    our_signatory: str = ""
    partner_signatory: str = ""
    renewals: tuple[Renewal, ...] = ()
    contacts: tuple[Contact, ...] = ()
    notes: str = ""
    sights: tuple[str, ...] = ()
    thanks: str = ""  # a line in the partner's language for exchange notes
    exchanges_per_year: float = 2.0
    currency: str = "USD"
    guests: int = 7  # people from this city in the small demo's roster
    short_name: str = ""  # how people name the city in passing, when not its full name

    @property
    def status(self) -> PartnershipStatus:
        return self.history[-1].status

    @property
    def first_contact_on(self) -> date:
        return self.history[0].on

    def status_on(self, day: date) -> PartnershipStatus | None:
        """The partnership's status on a day, from its history (None before first contact)."""
        current = None
        for step in self.history:
            if step.on > day:
                break
            current = step.status
        return current

    @property
    def committee_name(self) -> str:
        return f"{self.short_name or self.city} Committee"


# Springfield's (invented) mayors, by the year their term began.
MAYORS: tuple[tuple[int, str], ...] = (
    (1987, "Mayor Harold Whitcomb"),
    (1995, "Mayor Karen Lindqvist"),
    (2007, "Mayor Raymond Castellano"),
    (2015, "Mayor Denise Fairbanks"),
    (2023, "Mayor Marcus Ellery"),
)


def mayor_on(day: date) -> str:
    name = MAYORS[0][1]
    for year, mayor in MAYORS:
        if day.year >= year:
            name = mayor
    return name


SPRINGFIELD_SIGHTS = (
    "Abraham Lincoln Presidential Library and Museum",
    "Lincoln Home National Historic Site",
    "Illinois State Capitol",
    "Old State Capitol",
    "Springfield City Hall",
    "Washington Park Botanical Garden",
    "Lincoln Memorial Garden",
    "Dana–Thomas House",
    "University of Illinois Springfield",
    "Springfield High School",
    "Illinois State Fairgrounds",
    "Lake Springfield",
    "Route 66 Hall of Fame",
)

GUADALAJARA = PartnerCity(
    city="Guadalajara",
    region="Jalisco",
    country="MX",
    kind=_K.SISTER,
    origin=_O.DIASPORA,
    origin_notes=(
        "Many Springfield families trace their roots to Jalisco; St. Joseph's parish "
        "choir first toured Guadalajara in 2007."
    ),
    history=(
        Step(_S.EXPLORING, date(2008, 4, 10), "First letters between the two city halls"),
        Step(_S.PROPOSED, date(2009, 6, 1), "City council resolution 2009-114"),
        Step(_S.ACTIVE, date(2010, 9, 16), "Agreement signed on Mexican Independence Day"),
    ),
    signed_on=date(2010, 9, 16),
    our_signatory="Mayor Raymond Castellano",
    partner_signatory="Presidente Municipal Jorge Aréchiga Ruvalcaba",
    renewals=(
        Renewal(
            date(2015, 9, 16),
            "Mayor Denise Fairbanks",
            "Presidenta Municipal Claudia Ibarra Solís",
            "Five-year renewal, signed in Guadalajara",
        ),
        Renewal(
            date(2020, 9, 16),
            "Mayor Denise Fairbanks",
            "Presidente Municipal Ernesto Villaseñor Quiroz",
            "Signed by video call during the pandemic",
        ),
        Renewal(
            date(2025, 9, 16),
            "Mayor Marcus Ellery",
            "Presidenta Municipal Mariana Cuéllar Ochoa",
            "Fifteenth anniversary; renewed for five years",
        ),
    ),
    contacts=(
        Contact(
            "Lucía García Márquez",
            "Coordinadora de Ciudades Hermanas",
            "Gobierno de Guadalajara, Dirección de Relaciones Internacionales",
            "lucia.garcia@example.mx",
            "+52 33 5555 0111",
            "Spanish, English",
            "Coordinadora en Guadalajara; prefers WhatsApp for quick questions.",
        ),
        Contact(
            "Rodrigo Pérez Anaya",
            "Presidente",
            "Comité de Ciudades Hermanas Guadalajara–Springfield, A.C.",
            "rodrigo.perez@example.org",
            "+52 33 5555 0142",
            "Spanish",
        ),
    ),
    sights=(
        "Hospicio Cabañas",
        "Catedral de Guadalajara",
        "Tlaquepaque artisan market",
        "Universidad de Guadalajara",
        "Palacio Municipal de Guadalajara",
        "Tequila valley (day trip)",
    ),
    thanks="¡Gracias a todas las familias anfitrionas!",
    exchanges_per_year=2.6,
    currency="USD",
    guests=9,
)

ICHINOMIYA = PartnerCity(
    city="Ichinomiya",
    region="Aichi",
    country="JP",
    kind=_K.SISTER,
    origin=_O.TRADE,
    origin_notes="Textile trade: Ichinomiya's wool mills bought Illinois wool in the 1980s.",
    history=(
        Step(_S.EXPLORING, date(1989, 3, 3), "Trade delegation from Ichinomiya"),
        Step(_S.PROPOSED, date(1990, 10, 1)),
        Step(_S.ACTIVE, date(1991, 5, 20), "Sister city agreement signed in Springfield"),
    ),
    signed_on=date(1991, 5, 20),
    our_signatory="Mayor Harold Whitcomb",
    partner_signatory="Mayor Tadashi Morimoto (森本 忠)",
    renewals=(
        Renewal(date(2001, 5, 20), "Mayor Karen Lindqvist", "Mayor Kōichi Yamazaki (山崎 浩一)"),
        Renewal(
            date(2011, 5, 20),
            "Mayor Raymond Castellano",
            "Mayor Kōichi Yamazaki (山崎 浩一)",
            "Twentieth anniversary, cherry trees planted at Washington Park",
        ),
        Renewal(
            date(2021, 5, 20),
            "Mayor Denise Fairbanks",
            "Mayor Naomi Horie (堀江 直美)",
            "Thirtieth anniversary, held online",
        ),
    ),
    contacts=(
        Contact(
            "Keiko Tanaka (田中 恵子)",
            "International Relations",
            "Ichinomiya City Hall (一宮市役所 国際交流課)",
            "keiko.tanaka@example.org",
            "+81 3 5555 0107",
            "Japanese, English",
            "Met at the 2019 delegation.",
        ),
        Contact(
            "Hiroshi Watanabe (渡辺 博)",
            "Chair",
            "Ichinomiya International Friendship Association (一宮市国際交流協会)",
            "h.watanabe@example.org",
            "+81 586 55 0123",
            "Japanese",
        ),
    ),
    sights=(
        "Masumida Shrine (真清田神社)",
        "Ichinomiya City Hall",
        "Ichinomiya Tanabata Festival (一宮七夕まつり)",
        "Bisai textile mill",
        "Kiso River park",
        "Nagoya Castle (day trip)",
    ),
    thanks="ホストファミリーの皆様、ありがとうございました。",
    exchanges_per_year=2.2,
    guests=8,
)

KUMASI = PartnerCity(
    city="Kumasi",
    region="Ashanti",
    country="GH",
    kind=_K.SISTER,
    origin=_O.FAITH,
    origin_notes="Grew out of a medical mission of Springfield's Westminster church in 2011.",
    history=(
        Step(_S.EXPLORING, date(2012, 2, 14), "Visit of the mission team"),
        Step(_S.PROPOSED, date(2014, 1, 20)),
        Step(_S.ACTIVE, date(2015, 3, 6), "Signed on Ghana's Independence Day"),
    ),
    signed_on=date(2015, 3, 6),
    our_signatory="Mayor Raymond Castellano",
    partner_signatory="Metropolitan Chief Executive Kofi Asamoah-Bekoe",
    renewals=(
        Renewal(
            date(2025, 3, 6),
            "Mayor Marcus Ellery",
            "Metropolitan Chief Executive Abena Sarfo-Mensah",
            "Ten-year renewal",
        ),
    ),
    contacts=(
        Contact(
            "Nana Akosua Owusu-Ansah",
            "Protocol Officer",
            "Kumasi Metropolitan Assembly",
            "akosua.owusu-ansah@example.org",
            "+233 32 202 0131",
            "Twi, English",
        ),
        Contact(
            "Kwabena Frimpong",
            "Chair",
            "Ashanti Twin Cities Association",
            "kwabena.frimpong@example.org",
            "+233 32 202 0132",
            "Twi, English",
        ),
    ),
    sights=(
        "Manhyia Palace Museum",
        "Kejetia Market",
        "Komfo Anokye Teaching Hospital",
        "Kwame Nkrumah University of Science and Technology",
        "Bonwire kente weaving village",
        "Lake Bosomtwe",
    ),
    thanks="Medaase to all our host families!",
    exchanges_per_year=1.6,
    guests=7,
)

LVIV = PartnerCity(
    city="Lviv",
    region="Lviv Oblast",
    country="UA",
    kind=_K.FRIENDSHIP,
    origin=_O.SHARED_CHALLENGES,
    origin_notes=(
        "Springfield's Ukrainian parish proposed the tie; since 2022 it is mostly "
        "humanitarian aid and medical rehabilitation."
    ),
    history=(
        Step(_S.EXPLORING, date(2019, 8, 24), "Independence Day concert at the parish hall"),
        Step(_S.PROPOSED, date(2021, 11, 3)),
        Step(_S.ACTIVE, date(2022, 5, 9), "Friendship agreement signed online"),
    ),
    signed_on=date(2022, 5, 9),
    our_signatory="Mayor Denise Fairbanks",
    partner_signatory="Mayor Roman Zavadskyi (Роман Завадський)",
    contacts=(
        Contact(
            "Olena Kovalenko (Олена Коваленко)",
            "International Relations",
            "Lviv City Council (Львівська міська рада)",
            "olena.kovalenko@example.org",
            "+380 32 255 01 33",
            "Ukrainian, English, Polish",
        ),
        Contact(
            "Taras Hnatyshyn (Тарас Гнатишин)",
            "Head",
            "Lviv Twin Cities Society (Товариство міст-побратимів Львова)",
            "taras.hnatyshyn@example.org",
            "+380 32 255 01 34",
            "Ukrainian",
        ),
    ),
    sights=(
        "Rynok Square (площа Ринок)",
        "Lviv City Council",
        "Unbroken rehabilitation center",
        "Lviv Opera",
        "Lychakiv Cemetery",
        "Lviv Polytechnic",
    ),
    thanks="Дякуємо всім приймаючим родинам!",
    exchanges_per_year=2.4,
    guests=7,
)

FREIBURG = PartnerCity(
    city="Freiburg im Breisgau",
    region="Baden-Württemberg",
    country="DE",
    kind=_K.SISTER,
    origin=_O.HISTORY,
    origin_notes="Springfield's German settlers of the 1840s came largely from Baden.",
    history=(
        Step(_S.EXPLORING, date(1993, 9, 1)),
        Step(_S.ACTIVE, date(1995, 6, 10), "Städtepartnerschaft signed in Freiburg"),
        Step(_S.INACTIVE, date(2018, 1, 15), "No exchanges since 2017; committee paused"),
    ),
    signed_on=date(1995, 6, 10),
    our_signatory="Mayor Karen Lindqvist",
    partner_signatory="Oberbürgermeister Dr. Helmut Kieferle",
    renewals=(
        Renewal(
            date(2005, 6, 10),
            "Mayor Karen Lindqvist",
            "Oberbürgermeisterin Gisela Wendt-Lörrach",
            "Tenth anniversary",
        ),
    ),
    contacts=(
        Contact(
            "Jutta Schäfer",
            "Referat für Internationale Kontakte",
            "Stadt Freiburg im Breisgau",
            "jutta.schaefer@example.org",
            "+49 761 5555 0151",
            "German, English",
        ),
        Contact(
            "Dieter Köhler",
            "Vorsitzender",
            "Freundeskreis Freiburg–Springfield e.V.",
            "dieter.koehler@example.org",
            "",
            "German",
            "Retired; reachable by post only since 2019.",
        ),
    ),
    sights=(
        "Freiburger Münster",
        "Vauban district",
        "Rathaus Freiburg",
        "Schauinsland",
        "Bächle walking tour",
        "Augustinermuseum",
    ),
    thanks="Vielen Dank an alle Gastfamilien!",
    exchanges_per_year=1.5,
    currency="EUR",
    guests=6,
    short_name="Freiburg",
)

CURITIBA = PartnerCity(
    city="Curitiba",
    region="Paraná",
    country="BR",
    kind=_K.FRIENDSHIP,
    origin=_O.SHARED_CHALLENGES,
    origin_notes="Springfield's transit board studied Curitiba's bus rapid transit.",
    history=(
        Step(_S.EXPLORING, date(2023, 10, 5), "Online seminar on bus rapid transit"),
        Step(_S.PROPOSED, date(2025, 4, 22), "Draft friendship agreement sent to Curitiba"),
    ),
    contacts=(
        Contact(
            "Luíza Gonçalves",
            "Assessoria de Relações Internacionais",
            "Prefeitura de Curitiba",
            "luiza.goncalves@example.org",
            "+55 41 5555-0161",
            "Portuguese, Spanish, English",
        ),
        Contact(
            "Caio Magalhães",
            "Urban planner",
            "IPPUC – Instituto de Pesquisa e Planejamento Urbano de Curitiba",
            "caio.magalhaes@example.org",
            "+55 41 5555-0162",
            "Portuguese",
        ),
    ),
    sights=(
        "Jardim Botânico de Curitiba",
        "BRT control center",
        "Ópera de Arame",
        "IPPUC",
        "Rua das Flores",
        "Parque Barigui",
    ),
    thanks="Obrigado a todas as famílias anfitriãs!",
    exchanges_per_year=1.5,
    guests=5,
)

PARTNERS: tuple[PartnerCity, ...] = (GUADALAJARA, ICHINOMIYA, KUMASI, LVIV, FREIBURG, CURITIBA)

# City, region, country, kind, status: the large demo's further partnerships.
MORE_CITIES: tuple[tuple[str, str, str, PartnershipKind, PartnershipStatus], ...] = (
    ("Puebla", "Puebla", "MX", _K.SISTER, _S.ACTIVE),
    ("Morelia", "Michoacán", "MX", _K.FRIENDSHIP, _S.ACTIVE),
    ("Takayama", "Gifu", "JP", _K.SISTER, _S.ACTIVE),
    ("Hirosaki", "Aomori", "JP", _K.FRIENDSHIP, _S.INACTIVE),
    ("Cape Coast", "Central", "GH", _K.SISTER, _S.ACTIVE),
    ("Tamale", "Northern", "GH", _K.FRIENDSHIP, _S.EXPLORING),
    ("Odesa", "Odesa Oblast", "UA", _K.FRIENDSHIP, _S.ACTIVE),
    ("Tübingen", "Baden-Württemberg", "DE", _K.SISTER, _S.ACTIVE),
    ("Lübeck", "Schleswig-Holstein", "DE", _K.SISTER, _S.ENDED),
    ("Porto Alegre", "Rio Grande do Sul", "BR", _K.SISTER, _S.ACTIVE),
    ("Kraków", "Małopolska", "PL", _K.SISTER, _S.ACTIVE),
    ("Gdańsk", "Pomorskie", "PL", _K.FRIENDSHIP, _S.PROPOSED),
    ("Huế", "Thừa Thiên Huế", "VN", _K.SISTER, _S.ACTIVE),
    ("Đà Nẵng", "Đà Nẵng", "VN", _K.FRIENDSHIP, _S.EXPLORING),
    ("Aarhus", "Midtjylland", "DK", _K.SISTER, _S.ACTIVE),
    ("Galway", "Connacht", "IE", _K.SISTER, _S.ACTIVE),
    ("Cork", "Munster", "IE", _K.FRIENDSHIP, _S.INACTIVE),
    ("Lyon", "Auvergne-Rhône-Alpes", "FR", _K.SISTER, _S.ACTIVE),
    ("Besançon", "Bourgogne-Franche-Comté", "FR", _K.OTHER, _S.ENDED),
    ("Bologna", "Emilia-Romagna", "IT", _K.SISTER, _S.ACTIVE),
    ("València", "Comunitat Valenciana", "ES", _K.SISTER, _S.ACTIVE),
    ("Jeonju", "Jeollabuk-do", "KR", _K.SISTER, _S.ACTIVE),
    ("Kisumu", "Kisumu County", "KE", _K.FRIENDSHIP, _S.ACTIVE),
    ("Enugu", "Enugu", "NG", _K.FRIENDSHIP, _S.PROPOSED),
)

# The organization's standing committees: name, kind, founded, what it does.
STANDING_COMMITTEES: tuple[tuple[str, CommitteeKind, date, str], ...] = (
    ("Board", CommitteeKind.BOARD, date(1988, 1, 1), "Board of directors; meets monthly."),
    (
        "Youth Exchange",
        CommitteeKind.YOUTH,
        date(1998, 1, 1),
        "Student and youth programs with every partner city.",
    ),
    ("Events", CommitteeKind.EVENTS, date(2004, 1, 1), "Festivals, galas and public events."),
    (
        "Fundraising",
        CommitteeKind.FUNDRAISING,
        date(2012, 1, 1),
        "Grants, sponsors and the annual gala.",
    ),
)
