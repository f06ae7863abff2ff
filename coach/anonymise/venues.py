"""Places and bodies named by what they are: "RS Hermina", "Yayasan Cahaya Bangsa", "Ruang
Merapi", "Menara Sudirman", "Fundación Alicia Koplowitz", "Torre Picasso".

The capitalised words after such a word name the place or the body, even when they are a
person's name too (hospitals, foundations and rooms are often named after people), so they are
kept like a brand.
"""

from __future__ import annotations

import re

# What a place or a body is, in the three languages; each is followed by its name.
_KIND_WORDS = (
    # Indonesian
    "RS|RSU|RSUD|RSIA|RSUP|Rumah Sakit|Klinik|Puskesmas|Apotek|Yayasan|PDAM|Ruang|Gedung|Menara"
    "|Wisma|Graha|Aula|Balai|Masjid|Gereja|Pura|Vihara|Stasiun|Bandara|Pelabuhan|Universitas"
    "|Institut|Politeknik|Sekolah|SMA|SMK|SMP|SD|Kampus|Pasar|Taman|Perumahan|Apartemen|Hotel"
    "|Kelurahan|Kecamatan|Kabupaten|Desa|Dusun|Gunung|Pantai|Danau|Pulau"
    # Spanish
    "|Hospital|Clínica|Clinica|Sanatorio|Fundación|Fundacion|Torre|Edificio|Sala|Colegio"
    "|Escuela|Universidad|Instituto|Estación|Estacion|Aeropuerto|Parroquia|Iglesia|Barrio"
    "|Colonia|Plaza|Parque|Museo|Teatro|Mercado"
    # English
    "|Mount|Lake|Fort|Port|Hotel|Museum|Stadium|Arena|Cathedral"
)
_NAME = r"(?:[A-Z][\w'’&-]*|[A-Z0-9]{2,})"
_VENUE_RE = re.compile(
    r"(?<![\w.])(?:"
    + _KIND_WORDS
    + r")(?:[ \t]+(?:de|del|de la|di))?[ \t]+"
    + _NAME
    + r"(?:[ \t]+(?!(?:Bapak|Ibu|Pak|Bu|Sdr|Sdri|con|with|dengan|y|dan|and)\b)"
    + _NAME
    + r"){0,3}"
)
_CAPS_VENUE_RE = re.compile(
    r"(?<![\w.])(?:" + _KIND_WORDS.upper() + r")[ \t]+[A-Z0-9][A-Z0-9'’&-]*"
    r"(?:[ \t]+[A-Z0-9][A-Z0-9'’&-]*){0,2}"
)


def find_venues(text: str) -> list[tuple[int, int]]:
    """Spans of places and bodies named after their kind word."""
    spans = [m.span() for m in _VENUE_RE.finditer(text)]
    spans += [m.span() for m in _CAPS_VENUE_RE.finditer(text)]
    return spans
