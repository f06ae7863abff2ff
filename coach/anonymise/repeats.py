"""Later mentions of a person already found: a bare first name or surname anywhere in the note.

The same word can be that person, or the place, street, brand or month it is also the name of
("Chelsea said" and "Chelsea (the neighbourhood)", "June said" and "3 June"): the words around
each repeat decide.
"""

from __future__ import annotations

import re

from coach.anonymise import lexicon as lx
from coach.anonymise.aliases import short_form_of
from coach.anonymise.context import (
    ADDRESSED_OPENING_RE,
    MONTHS,
    NOT_A_PERSON_AFTER_RE,
    as_date,
    thanked,
)
from coach.anonymise.words import (
    PERSON_ONLY_AFTER,
    Mention,
    Tok,
    gazetteer,
    in_place_phrase,
    is_substance,
    norm,
    places,
    vocab,
)


def after(text: str, end: int) -> tuple[str, str]:
    rest = text[end : end + 30]
    m = re.match(r"(['’]s\b)?[ \t]*(\w+)?", rest)
    nxt = (m.group(2) or "").lower() if m else ""
    return rest, nxt


PLACE_BEFORE_RE = re.compile(
    r"(?:\b(?:in|di|en|near|outside|around|towards?|dekat|cerca[ \t]+de|visited|toured|explored)"
    r"|\b(?:trip|travel|travelled|traveled|moved?|flew|fly|flying|based|lives?|commut(?:e|es|ed|ing)"
    r"|drives?|drove|driving|grew[ \t]+up"
    r"|lived|living|visit(?:ed|ing)?|went|go|going|holiday|vacation|back|relocated?|office"
    r"|offices|oficina|kantor|cabang|planta|sede|branch|plant|site|hub)"
    r"(?:[ \t]+(?:here|there|back|over|away|home))?"
    r"[ \t]+(?:to|in|from|at|de|del|di|en))[ \t]+$",
    re.IGNORECASE,
)
# "booked Petra through Klook": a trip bought through a channel, not a person booked.
BOOKED_THING_RE = re.compile(r"(?:booked|reserved|bought|ordered|rented)[ \t]+$", re.IGNORECASE)
CHANNEL_AFTER_RE = re.compile(
    r"[ \t]+(?:through|via|on|online|tickets?|tours?|trips?|packages?)\b", re.IGNORECASE
)


def as_bought(text: str, start: int, end: int) -> bool:
    """A trip or a thing bought, not a person: "booked Petra through Klook"."""
    return (
        BOOKED_THING_RE.search(text[max(0, start - 12) : start]) is not None
        and CHANNEL_AFTER_RE.match(text, end) is not None
    )


# "grew up in Leeds, not Brooklyn": the other town in a list of places.
PLACE_LIST_BEFORE_RE = re.compile(
    r"\b(?:in|from|to|di|dari|ke|en|desde)[ \t]+[A-Z][^\W\d_]+(?:,[ \t]*|[ \t]+)"
    r"(?:not|or|nor|and not|but not|rather than|instead of|bukan|atau|no|o)[ \t]+$"
)


def as_place(text: str, start: int, low: str) -> bool:
    """A place name used as a place: "in Jordan", "his trip to Jordan", "moved from Sydney"."""
    if not (low in places() or low in lx.STOP_WORDS):
        return False
    before = text[max(0, start - 40) : start]
    return PLACE_BEFORE_RE.search(before) is not None or (
        PLACE_LIST_BEFORE_RE.search(before) is not None
    )


def names_a_thing(text: str, end: int) -> bool:
    """A lower-case noun right after the word names a thing: "Victoria station", "Mars bars"."""
    m = re.match(r" ([a-z]+)\b", text[end : end + 20])
    return m is not None and m.group(1) in lx.THING_TAILS


BRAND_TAIL_RE = re.compile(
    r" (?:[A-Z]{2,4}\b(?![ \t]*(?:said|says|told|thinks|asked|agreed|wants|will|is|was)\b)"
    r"|(?:Bank|Pay|Plus|Prime|Go)\b)"
)
# "lease a Mercedes", "the Ruby on Rails logs": after an article the word is a thing.
ARTICLE_BEFORE_RE = re.compile(
    r"(?:^|[^\w])(?:a|an|the|another|every|un|una|el)[ \t]+$", re.IGNORECASE
)


# In lower case an article before a repeated name makes it the word it also is.
LOWER_ARTICLE_BEFORE_RE = re.compile(r"(?:^|[^\w])(?:la|las|los|el|un|una|the|a|an)[ \t]+$")


def _is_gazetteer_name(low: str, roster_words: frozenset[str]) -> bool:
    first, sur, _, dictionary = gazetteer()
    if low in roster_words:
        return True
    return low not in dictionary and (low.capitalize() in first or low.capitalize() in sur)


def capitalises_sentences(text: str) -> bool:
    """Most sentences start with a capital: the writer capitalises, so lower case is a word."""
    starts = re.findall(r"(?:^|[.!?]\s+)([^\W\d_])", text[:5000])
    return len(starts) >= 2 and sum(c.isupper() for c in starts) >= 0.8 * len(starts)


def _short_form(text: str, original: str, t: Tok, given: set[str]) -> str | None:
    """ "Des" after "Desmond Achebe" was found: capitalised, and not the start of a longer
    name of its own ("San Diego")."""
    if not original[t.start].isupper() or re.match(r" [A-Z]", text[t.end : t.end + 2]):
        return None
    return short_form_of(norm(t.text), given, after(text, t.end)[1])


# "Mercedes drives a Mercedes": a verb with its object after the word, so the word is its subject.
VERB_OBJECT_RE = re.compile(
    r"[ \t]+[a-z]+s[ \t]+(?:a|an|the|her|his|their|my|our|it|that|this|them|me|us)\b"
)
PERSON_BEFORE_RE = re.compile(
    r"(?:\b(?:with|w/|met|ask|asked|told|thanks|dear|hi|hey|con|dengan|sama|bersama)|[+&])"
    r"[ \t]+$",
    re.IGNORECASE,
)


# A finite verb opening what follows a word, so the word is its subject: "Faith built",
# "Dawn now advises two", "Sunny banks with". A word in -s counts only before what a verb
# takes (an article, a pronoun, a preposition), so "Grace periods end" stays a noun phrase.
SENTENCE_OPEN_RE = re.compile(r"(?:^|[.!?][ \t]+|\n[ \t]*)\Z")
FINITE_VERB_RE = re.compile(
    r"[ \t]+(?:(?:now|also|then|still|just|already|never|always|often|later|recently|usually"
    r"|really|actually|soon)[ \t]+)?"
    r"(?:(?:is|was|has|had|does|did)\b"
    r"|[a-z]{2,}ed\b"
    r"|(?:built|wrote|made|took|gave|told|found|got|went|came|saw|ran|led|sent|spent|brought"
    r"|bought|thought|taught|kept|left|met|paid|won|drew|chose|began|spoke|sat|stood|felt"
    r"|held|heard|knew|lost|sold|grew|flew|drove|set[ \t]+up)\b"
    # common verbs in -s, whatever follows them: "Will brings calm", "Mark takes ownership"
    r"|(?:brings|takes|makes|leads|runs|owns|wants|needs|thinks|knows|loves|likes|gets|keeps"
    r"|helps|joins|handles|manages|writes|sends|shows|gives|tells|seems|feels|prefers|covers"
    r"|hosts|coaches|mentors|agrees|explains|suggests|believes|deserves)\b"
    r"|[a-z]{2,}(?<!s)s[ \t]+(?:the|a|an|our|her|his|their|its|my|with|for|to|on|in|at|from"
    r"|about|into|over|two|three|four|five|every|all|most|some|no|it|them|us|me|you)\b)"
)
# A subject pronoun or a modal right before the word makes it a verb: "I'll mark it".
SUBJECT_BEFORE_RE = re.compile(
    r"(?:^|[^\w'’])(?:i|we|you|they|i['’]ll|we['’]ll|you['’]ll|they['’]ll|i['’]d|we['’]d"
    r"|to|can|could|should|must|might|would|will|please|pls|let['’]s)[ \t]+$",
    re.IGNORECASE,
)


def _place_or_brand(low: str) -> bool:
    """A town or a label, not a month or a short word ("Jan", "Ján" after Ján Novák)."""
    return (
        (low in places() or low in lx.STOP_WORDS)
        and low not in lx.NAME_LIKE_WORDS
        and low not in MONTHS
        and len(low) > 3
    )


def _repeat_cue(text: str, t: Tok, rest: str, nxt: str) -> bool:
    """Words around a repeated everyday, place or brand word that make it the person."""
    if nxt in lx.AFTER_CUES or nxt in PERSON_ONLY_AFTER or nxt == "and":
        return True  # "DIEGO DICE ...", "Phoenix thinks"
    if nxt == "to" and not re.match(r"[ \t]+to[ \t]+[A-Z]", rest):
        return True  # "Costa to send the deck"; not "prefers Adelaide to Sydney"
    if rest.startswith((":", "'s", "’s")):
        return True
    if t.at_start and thanked("", rest, True):
        return True  # "Mark, can you share?": the person addressed, not the verb
    if rest.startswith((" + ", " & ")) or VERB_OBJECT_RE.match(rest):
        return True  # "Bay + me", "Mercedes drives a Mercedes"
    dept = re.match(r"[ \t]+from[ \t]+([A-Z][\w&-]*)", rest)
    if dept and norm(dept.group(1)) in vocab()[1]:
        return True  # "Dior from Comms joined"
    return PERSON_BEFORE_RE.search(text[max(0, t.start - 12) : t.start]) is not None


def second_pass(
    text: str,
    toks: list[Tok],
    mentions: list[Mention],
    roster_words: frozenset[str],
    original: str,
) -> list[Mention]:
    """Bare first names or surnames of people already found, anywhere in the note."""
    _, _, common, _ = gazetteer()
    known = {norm(w) for m in mentions for w in m.words} | roster_words
    # Names first typed in lower case ("mbak sari") are that person again when repeated.
    lower_found = {w for m in mentions for w in m.words if w.islower() and not is_substance(w)}
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out = list(mentions)
    cased = capitalises_sentences(original)
    given = {norm(m.words[0]) for m in mentions if m.words}
    alias_of = {norm(w): m.same_as for m in mentions if m.same_as for w in m.words}
    ends = {m.end for m in mentions}
    for t in toks:
        low = norm(t.text)
        if t.start in covered:
            continue
        short = None if low in known else _short_form(text, original, t, given)
        if low not in known and short is None:
            continue
        ordinary = low in common or is_substance(low) or len(low) < 3
        capital = t.text[0].isupper() or original[t.start].isupper()  # "DODI" in caps text
        line_start = original.rfind("\n", 0, t.start) + 1
        label = (
            original[line_start : t.start].strip(" \t-*•>") == ""
            and original[t.end : t.end + 1] == ":"
        )  # "- grace: pensions ...", a speaker
        label = label or after(original, t.end)[1] in PERSON_ONLY_AFTER  # "bayu says ..."
        if (
            not capital
            and not label
            and low not in lower_found
            and (ordinary or not _is_gazetteer_name(low, roster_words))
        ):
            continue
        if not capital and low not in lower_found and cased and not label:
            continue  # "Luz dijo ... poca luz": a note that capitalises names means the word
        if not capital and LOWER_ARTICLE_BEFORE_RE.search(original[max(0, t.start - 6) : t.start]):
            continue  # "la señora esperanza ... con la esperanza de que": the word again
        if as_place(text, t.start, low) or as_bought(text, t.start, t.end):
            continue  # "his trip to Jordan": the place, not Jordan Lee
        if in_place_phrase(text, t.start, t.end):
            continue  # "North Carolina", after Carolina who spoke
        if (
            low in places()
            and re.search(r"\b(?:says|said)[ \t]+$", text[max(0, t.start - 6) : t.start])
            and re.match(r"[ \t]+[a-z]", text[t.end : t.end + 3])
        ):
            continue  # "Florence says Florence in August is too hot": what was said, not who
        if low not in roster_words and names_a_thing(original, t.end):
            continue  # "Victoria station", "Mars bars": named like her, not her
        tail = re.match(r" ([A-Z][a-z]+)\b", text[t.end : t.end + 20])
        if tail and norm(tail.group(1)) in lx.STREET_WORDS | lx.ORG_WORDS | lx.PLACE_TAILS:
            continue  # "Mark Street", "Chase Bank", "Chelsea Bridge": named like her
        if BRAND_TAIL_RE.match(text, t.end) and not lx.TITLES.intersection(
            [norm(text[max(0, t.start - 5) : t.start].strip(" ."))]
        ):
            continue  # "she left Sky TV", "Chase Bank": a brand named like her
        if ARTICLE_BEFORE_RE.search(text[max(0, t.start - 9) : t.start]):
            continue  # "lease a Mercedes": the car, not Mercedes who said so
        if NOT_A_PERSON_AFTER_RE.match(text, t.end, t.end + 60):
            continue  # "Florence, the city": the place, not Florence Adjei
        if low in MONTHS and as_date(text, t.start, t.end):
            continue  # "review on 3 June": the month, not June who spoke
        if ordinary and SUBJECT_BEFORE_RE.search(original[max(0, t.start - 12) : t.start]):
            continue  # "I'll mark it", "we hope", "to bill the client": the verb, not Mark
        # "with glen, rusty and bronwyn. glen paced us": a lower-case note's name again
        lower_again = not capital and not cased and low in lower_found
        if ordinary:
            rest, nxt = after(text, t.end)
            listed = text[t.start - 5 : t.start] == " and " and (t.start - 5) in ends
            cue = listed or _repeat_cue(text, t, rest, nxt)  # "with Dallas and Adelaide"
            # "Faith Achieng ... Faith built the tool", "with Sunny ... Sunny banks with": a
            # found person's given name opening a sentence with a verb after it.
            opens = t.at_start or (
                lower_again and SENTENCE_OPEN_RE.search(text, max(0, t.start - 4), t.start)
            )
            cue = cue or (
                bool(opens)
                and (capital or lower_again)
                and low in given
                and not _place_or_brand(low)
                and low not in MONTHS
                and (
                    FINITE_VERB_RE.match(rest) is not None
                    or ADDRESSED_OPENING_RE.match(rest) is not None
                )
            )
            if (t.at_start or _place_or_brand(low)) and not cue:
                continue  # "Phoenix in July", "Dior ads": the city and the label
            if not capital and not label and not (lower_again and cue):
                continue
        same = (short,) if short else alias_of.get(low, ())
        out.append(Mention(t.start, t.end, [t.text], same))
        ends.add(t.end)
    out.sort(key=lambda m: m.start)
    return out
