"""Name pools of the cultures the demo organization meets, with the diacritics and name
orders real rosters hold, so sorting, searching and duplicate detection meet real cases."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from scdesk.domain.names import fold


@dataclass(frozen=True)
class Culture:
    """People of one country: names, language, and how their phone numbers are written."""

    country: str  # ISO 3166-1 alpha-2
    language: str  # as people write it in the languages field
    given_female: tuple[str, ...]
    given_male: tuple[str, ...]
    # "masculine|feminine" where the family name changes with gender (Polish).
    family: tuple[str, ...]
    phone_prefix: str  # the number up to its last four digits
    second_family_rate: float = 0.0  # share of people with two family names (Spanish, Portuguese)


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


CULTURES: dict[str, Culture] = {
    "US": Culture(
        "US",
        "English",
        _split(
            "Mary, Patricia, Jennifer, Linda, Elizabeth, Barbara, Susan, Jessica, Sarah, Karen, "
            "Nancy, Lisa, Emily, Ashley, Megan, Hannah, Grace, Olivia, Ava, Chloe, Abigail, "
            "Madison, Rebecca, Laura, Amanda, Heather, Rachel, Kimberly, Brittany, Dorothy"
        ),
        _split(
            "James, Robert, Michael, David, William, Richard, Thomas, Christopher, Daniel, "
            "Matthew, Anthony, Mark, Joshua, Andrew, Ryan, Tyler, Ethan, Noah, Logan, Kevin, "
            "Brian, Jason, Justin, Brandon, Gregory, Eric, Scott, Aaron, Dennis, Walter"
        ),
        _split(
            "Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Taylor, "
            "Moore, Martin, Jackson, Thompson, White, Harris, Clark, Lewis, Robinson, Walker, "
            "Young, Allen, King, Wright, Scott, Hill, Green, Adams, Baker, Nelson, Carter, "
            "Mitchell, Roberts, Turner, Phillips, Campbell, Parker, Evans, Edwards, Collins, "
            "Stewart, Morris, Cook, Rogers, Reed, Bailey, Bell, Cooper, Richardson, Howard, "
            "Ward, Peterson, Gray, Watson, Brooks, Sanders, Price, Bennett, Barnes, Henderson"
        ),
        "217 555 ",
    ),
    "MX": Culture(
        "MX",
        "Spanish",
        _split(
            "María, Guadalupe, Lucía, Sofía, Ana, Verónica, Mónica, Ximena, Itzel, Fátima, "
            "Daniela, Valeria, Andrea, Gabriela, Rocío, Leticia, Inés, Renata"
        ),
        _split(
            "José, Juan, Luis, Carlos, Jesús, Miguel Ángel, Alejandro, Fernando, Raúl, Andrés, "
            "Héctor, Joaquín, Ramón, Sergio, Jorge, Tomás, Emiliano, Efraín"
        ),
        _split(
            "García, Hernández, López, Martínez, González, Pérez, Rodríguez, Sánchez, "
            "Ramírez, Cruz, Flores, Gómez, Morales, Vázquez, Jiménez, Reyes, Díaz, Torres, "
            "Gutiérrez, Ruiz, Mendoza, Aguilar, Ortiz, Castillo, Núñez, Ibáñez, Chávez, Márquez"
        ),
        "+52 33 5555 ",
        second_family_rate=0.6,
    ),
    "JP": Culture(
        "JP",
        "Japanese",
        _split(
            "Keiko, Yuki, Yōko, Haruka, Aiko, Megumi, Sakura, Naoko, Emi, Misaki, Ayaka, "
            "Tomoko, Mai, Kaori, Yūko, Rina"
        ),
        _split(
            "Hiroshi, Takeshi, Kenji, Shōta, Daisuke, Ryō, Kōji, Yūta, Tarō, Jun, Makoto, "
            "Satoshi, Kazuki, Shun'ichi, Tetsuya, Yūsuke"
        ),
        _split(
            "Tanaka, Satō, Suzuki, Takahashi, Watanabe, Itō, Yamamoto, Nakamura, Kobayashi, "
            "Katō, Yoshida, Yamada, Sasaki, Matsumoto, Inoue, Kimura, Hayashi, Shimizu, Mori, "
            "Ōno, Ōta, Kondō"
        ),
        "+81 586 55 ",
    ),
    "GH": Culture(
        "GH",
        "Twi",
        _split("Ama, Akosua, Adwoa, Abena, Afua, Esi, Efua, Yaa, Akua, Adjoa, Nana Ama, Serwaa"),
        _split(
            "Kwame, Kofi, Kwabena, Yaw, Kwaku, Kwasi, Kojo, Kwadwo, Fiifi, Nana Kwame, Ekow, Kwesi"
        ),
        _split(
            "Mensah, Boateng, Owusu, Asante, Osei, Agyeman, Appiah, Amoah, Darko, Frimpong, "
            "Ansah, Acheampong, Ofori, Sarpong, Bonsu, Adjei, Antwi, Opoku, Kyei, Danquah, "
            "Owusu-Ansah, Oduro"
        ),
        "+233 32 202 ",
    ),
    "UA": Culture(
        "UA",
        "Ukrainian",
        _split(
            "Olena, Oksana, Iryna, Yuliia, Nataliia, Sofiia, Halyna, Kateryna, Viktoriia, "
            "Mariia, Solomiia, Khrystyna"
        ),
        _split(
            "Andriy, Taras, Mykola, Oleksandr, Bohdan, Dmytro, Volodymyr, Yaroslav, Serhiy, "
            "Ostap, Yuriy, Roman"
        ),
        _split(
            "Kovalenko, Shevchenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Boyko, Koval, "
            "Oliynyk, Shevchuk, Polishchuk, Lysenko, Savchenko, Rudenko, Marchenko, Moroz, "
            "Hnatyshyn, Pavlyshyn, Fedoriv, Kuzyk"
        ),
        "+380 32 255 ",
    ),
    "DE": Culture(
        "DE",
        "German",
        _split(
            "Anna, Lea, Sophie, Katharina, Hannah, Lena, Jana, Mia, Franziska, Bärbel, Jutta, "
            "Ursula, Käthe, Zoë"
        ),
        _split(
            "Lukas, Maximilian, Jürgen, Jörg, Björn, Matthias, Stefan, Uwe, Tobias, Günter, "
            "Klaus, Florian, Sören, Dieter"
        ),
        _split(
            "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, "
            "Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, "
            "Zimmermann, Krüger, Hartmann, Köhler, Weiß, Groß, Jäger, von Wedel-Sträßer"
        ),
        "+49 761 5555 ",
    ),
    "BR": Culture(
        "BR",
        "Portuguese",
        _split(
            "Maria, Ana, Luíza, Júlia, Beatriz, Mariana, Letícia, Camila, Fernanda, Larissa, "
            "Conceição, Antônia, Débora, Lúcia"
        ),
        _split(
            "João, Pedro, Gabriel, Lucas, Rafael, Thiago, André, Felipe, Vinícius, Caio, "
            "Sebastião, Antônio, Marcelo, Luís"
        ),
        _split(
            "Silva, Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira, Lima, Gomes, "
            "Ribeiro, Carvalho, Araújo, Almeida, Barbosa, Cardoso, Rocha, Dias, Nascimento, "
            "Simões, Magalhães, Gonçalves"
        ),
        "+55 41 5555-",
        second_family_rate=0.4,
    ),
    "PL": Culture(
        "PL",
        "Polish",
        _split(
            "Agnieszka, Małgorzata, Katarzyna, Zofia, Joanna, Ewa, Magdalena, Alicja, "
            "Bożena, Jadwiga"
        ),
        _split("Łukasz, Piotr, Krzysztof, Paweł, Michał, Tomasz, Grzegorz, Wojciech, Jędrzej"),
        _split(
            "Wiśniewski|Wiśniewska, Kowalski|Kowalska, Nowak, Wójcik, Kamiński|Kamińska, "
            "Lewandowski|Lewandowska, Zieliński|Zielińska, Szymański|Szymańska, Woźniak, "
            "Dąbrowski|Dąbrowska, Kozłowski|Kozłowska, Jabłoński|Jabłońska, Mazur, Krawczyk"
        ),
        "+48 22 555 ",
    ),
    "VN": Culture(
        "VN",
        "Vietnamese",
        _split("Thị Lan, Thị Hương, Thị Mai, Thu Trang, Ngọc Ánh, Thanh Hà, Kim Oanh, Bảo Ngọc"),
        _split("Văn Minh, Văn Hùng, Đức Anh, Quang Huy, Minh Tuấn, Hoàng Long, Gia Bảo"),
        _split("Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ"),
        "+84 24 5555 ",
    ),
    "DK": Culture(
        "DK",
        "Danish",
        _split("Mette, Sofie, Ida, Freja, Astrid, Signe, Karen, Birgitte"),
        _split("Søren, Anders, Jens, Rasmus, Mads, Bjørn, Torben, Niels"),
        _split(
            "Dahl, Jensen, Nielsen, Hansen, Pedersen, Andersen, Christensen, Larsen, "
            "Sørensen, Rasmussen, Jørgensen, Mølgaard, Østergaard"
        ),
        "+45 33 55 ",
    ),
    "IE": Culture(
        "IE",
        "Irish",
        _split("Aoife, Siobhán, Niamh, Róisín, Caoimhe, Amelia, Orla, Sinéad"),
        _split("Seán, Ciarán, Pádraig, Eoin, Oisín, Cathal, Dónal, Liam"),
        _split(
            "O'Brien, Murphy, Kelly, O'Sullivan, Walsh, Byrne, O'Connor, Ryan, "
            "Ó Súilleabháin, Mac Giolla Phádraig, Ní Bhriain"
        ),
        "+353 1 555 ",
    ),
    "FR": Culture(
        "FR",
        "French",
        _split("Françoise, Hélène, Chloé, Margaux, Élodie, Amélie, Cécile, Gaëlle"),
        _split("Étienne, Benoît, François, Jérôme, Stéphane, Rémi, Loïc, Thibault"),
        _split(
            "Garçon, Dubois, Lefèvre, Moreau, Fournier, Girard, Lambert, Bonnet, Rousseau, "
            "Mercier, Lévêque, Chevalier"
        ),
        "+33 4 72 55 ",
    ),
    "IT": Culture(
        "IT",
        "Italian",
        _split("Giulia, Francesca, Chiara, Alessandra, Elena, Martina, Lucrezia"),
        _split("Marco, Luca, Giuseppe, Niccolò, Lorenzo, Andrea, Nicolò"),
        _split(
            "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, "
            "De Luca, D'Angelo"
        ),
        "+39 051 555 ",
    ),
    "ES": Culture(
        "ES",
        "Spanish",
        _split("Lucía, Nuria, Carmen, Pilar, Begoña, Montserrat, Aitana"),
        _split("Álvaro, Íñigo, Sergio, Jordi, Raúl, Iñaki, Óscar"),
        _split(
            "García, Fernández, González, Martín, Sánchez, López, Ruiz, Muñoz, Ibáñez, "
            "Peña, Echeverría, Castañeda"
        ),
        "+34 96 555 ",
        second_family_rate=0.8,
    ),
    "KR": Culture(
        "KR",
        "Korean",
        _split("Seo-yeon, Ha-eun, Soo-ah, Eun-ji, Ji-woo, Min-seo"),
        _split("Min-jun, Do-hyun, Ji-ho, Hyun-woo, Yeon-woo, Seung-hoon"),
        _split("Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim"),
        "+82 63 555 ",
    ),
    "KE": Culture(
        "KE",
        "Swahili",
        _split("Wanjiru, Achieng, Njeri, Wambui, Akinyi, Chebet, Nyokabi"),
        _split("Otieno, Kamau, Kipchoge, Mwangi, Baraka, Kiprono, Omondi"),
        _split("Mwangi, Otieno, Kariuki, Odhiambo, Wanjiku, Kiprono, Njoroge, Ochieng, Muthoni"),
        "+254 20 555 ",
    ),
    "NG": Culture(
        "NG",
        "Igbo",
        _split("Ngozi, Adaeze, Funmilayo, Chiamaka, Oluwaseun, Ifeoma"),
        _split("Chinedu, Emeka, Tunde, Obinna, Ben, Adewale"),
        _split("Okafor, Adeyemi, Okonkwo, Eze, Balogun, Nwosu, Adebayo, Chukwu"),
        "+234 1 555 ",
    ),
}

# Springfield residents: mostly long-settled families, and the diasporas that tie the town
# to its partner cities (the culture decides the name; the person lives in Springfield).
LOCAL_MIX: tuple[tuple[str, float], ...] = (
    ("US", 0.52),
    ("MX", 0.1),
    ("DE", 0.07),
    ("PL", 0.05),
    ("IE", 0.05),
    ("VN", 0.04),
    ("UA", 0.04),
    ("GH", 0.03),
    ("NG", 0.03),
    ("JP", 0.02),
    ("IT", 0.02),
    ("FR", 0.01),
    ("DK", 0.01),
    ("BR", 0.01),
)


@dataclass(frozen=True)
class Name:
    given: str
    family: str
    female: bool

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


def pick_name(rng: random.Random, culture: Culture) -> Name:
    female = rng.random() < 0.5
    given = rng.choice(culture.given_female if female else culture.given_male)
    family = _family_form(rng.choice(culture.family), female)
    if culture.second_family_rate and rng.random() < culture.second_family_rate:
        second = _family_form(rng.choice(culture.family), female)
        if second != family:
            family = f"{family} {second}"
    return Name(given, family, female)


def _family_form(family: str, female: bool) -> str:
    if "|" in family:
        masculine, feminine = family.split("|")
        return feminine if female else masculine
    return family


def pick_local_culture(rng: random.Random) -> Culture:
    code = rng.choices([c for c, _ in LOCAL_MIX], weights=[w for _, w in LOCAL_MIX])[0]
    return CULTURES[code]


# Letters that Unicode does not decompose into a base letter and a mark.
_ASCII = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe", "ı": "i", "'": ""})


def email_local_part(given: str, family: str) -> str:
    """ "José", "Núñez" -> "jose.nunez": ASCII, as most people's addresses are."""
    parts = (_ascii_part(given), _ascii_part(family))
    return ".".join(p for p in parts if p) or "person"


@cache
def _ascii_part(text: str) -> str:
    folded = fold(text).translate(_ASCII).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.replace(" ", "-") if c.isalnum() or c == "-").strip("-")


def culture_for(country: str) -> Culture:
    """The pool for a country; countries without one borrow the US pool (English names)."""
    return CULTURES.get(country, CULTURES["US"])
