"""The anonymiser on notes written in styles its own set does not cover.

``tests/data/anonymise_hard.jsonl`` holds 544 labelled notes: Bahasa Indonesia, Spanish and
mixed notes, names in Chinese, Japanese and Korean script, lower-case and ALL-CAPS notes,
transcripts, single-name people, everyday-word names, particles, national IDs by their own
rules, handles without "@", and the substance that must stay (job titles and departments in
three languages, function words, places, brands). Each identifier and each piece of substance
carries a kind, so the figures come per kind as well as overall.

Split A (24 notes) is what the anonymiser's rules were tuned on. Split B (24) was held out and
measured once after the first round of changes; its figures were seen then. Split C (24) was
written after that and is held out from all later tuning. Split D (26) was written later still,
aimed at the weakest kinds (single names, everyday-word names with and without cues, names in
apposition, seasons and months as names, names that are also places or brands next to real uses
of the place or brand, CJK prose) and at the same words used as ordinary words ("I hope the
pilot works", "mark the date", "in the summer", "pay the bill", Jordan the country); it is held
out from tuning. Splits E and F (26 each) were written after D in styles none of the earlier
splits use: chat exports with timestamps, e-mail threads with signatures, meeting-tool
transcripts, bullet fragments, Indonesian WhatsApp slang (gue, lo, udah), Spanish with the
accents stripped, mixed-script lists, nicknames, hyphenated and apostrophe names, names that are
also brands, places or words. E is the tuning half of that data; F was held out and measured
once. Split G (26) was written after F's figures were seen, in the same mix and styles, aimed at
F's weakest kinds (everyday-word names, names that are also places or brands, lower-case and
ALL-CAPS notes, nicknames, handles, hyphenated surnames, Indonesian single names and Batak
surnames); F became the tuning split then, and G is held out. Splits H and I (29 each) were
written after G's figures were seen, before any change they prompted, in styles the earlier
splits cover thinly: WhatsApp and Slack exports with timestamps, e-mail signatures, Indonesian
minutes with "Peserta:"/"Hadir:" lines, Spanish "Asistentes:" minutes, attendee lists of bare
surnames, lower-case and ALL-CAPS notes, names that are also places, brands or words with the
other use in the same note ("Mercedes drives a Mercedes", "Bill asked me to pay the bill"),
"Pilar y Rosario", Vietnamese, Polish, Turkish and Danish spellings, personal domains and
profile links, US, UK, Indian, Spanish, Mexican and Indonesian IDs. H is the tuning half; I is
held out. The changes made on H also took up misses already known from G, so G is no longer
untouched. Split J (34) was written after I's figures were seen and before any change they
prompted, in styles none of A to I has: WebVTT captions from Teams, Zoom chat saves, forwarded
and Outlook-quoted e-mail threads ("Hargreaves, Penelope"), pasted Markdown and tab-separated
rosters, Indonesian and Spanish voice-note transcriptions in lower case, a Spanish acta with
honorifics (D.ª, Dña., Lic., Ing.), Javanese and Balinese names, Arabic names with Abu, bint,
ibn and El-, South Indian initials ("K. R. Srinivasan", "Lakshmi Narayanan V."), Korean and
Japanese names in native script beside their romanisation and passport-style ("YAMAMOTO Kenji"),
names that are also words, places or brands in three languages with the other use in the same
note, and IDs and dates of birth in formats the earlier splits do not use (spaced NIK, dotted
DNI, dashed NIE, spaced SSN, "5th Nov. '97", "3/IV/1990", "02/Okt/1996"). I then became a tuning
split beside F, G and H; J was held out and measured once. Split K (38) was written after J's
figures were seen and before any change they prompted, in styles none of A to J has: Google
Meet, Webex and Otter.ai transcripts, Jira and Trello card comments, SMS threads, LinkedIn
message pastes, calendar invites with guest lines, survey answers and a form export as CSV,
OCR'd handwriting and a business card with odd line breaks, a formal Indonesian "notulen rapat"
and a "surat keterangan", a Spanish WhatsApp audio transcribed, Tagalog-English and
Malay-English notes, Thai names in Thai script, Vietnamese names, Hindi names in Devanagari
beside their romanisation, Chinese names in pinyin beside characters, passport names surname
first in capitals, bin and binti, whole notes in lower case and in capitals, names that are
everyday words (Hope, Grace, Will, Joy, Sunny, Rose, Bill, Mark, Dawn, Summer, Iman, Putri,
Bagus, Indah, Cinta, Rosa, Luz, Sol) with the word used as a word in the same note, and IDs and
dates of birth in formats the earlier splits do not use (dashed NIK, NIK grouped 6-6-4, NPWP
without dots, DNI with a lower-case letter, spaced NIE, CURP of a birth after 2000, dashed
Aadhaar, lower-case dashed NI number, SSN without separators, "03MAR1996", "17 Agt. 1999",
"9-jun-99", "1.º de enero de 1999", "sinh ngày 9 tháng 11 năm 1998"). J then became a tuning
split beside F, G, H and I; K is held out. Split L (41) was written after K's aggregate figures
were seen, in styles none of A to K has: Discord and WeChat, LINE and KakaoTalk exports in their
own scripts, event sign-up forms, reference letters, speaker bios, expense claims, commit
trailers, retro boards, podcast and interview transcripts with speaker lines, helpdesk tickets,
onboarding checklists, visa lists with surnames first, an Indonesian attendance sheet,
registration form, CV, intranet notice, tweet, TikTok comments, arisan chat and handover notice,
Spanish sign-up forms, actas, a Mexican certificate and a lower-case team chat; it is weighted
toward dates of birth in many formats, handles by their cue, lower-case and everyday-word names,
national IDs, single names and surname-first names, with the hard negatives beside them. L is a
tuning split. K's misses were seen after its aggregate figures had been reported several times;
it became a tuning split beside F to L. Split M (44) was written after L, before any change to
the anonymiser, in styles none of A to L has: Teams transcript exports with a "Name 0:21" line
per turn, a Loom transcript, a voicemail transcription and auto-generated video captions,
dictation with the punctuation spoken ("comma", "full stop"), Notion and Confluence pages with
checkboxes and @mentions, Google Docs and spreadsheet comment threads, HR case logs, forum
replies that quote ("[QUOTE=...]", Viva Engage), emoji lists, a pasted JSON record, SQL output,
a semicolon-separated Excel paste, a Splitwise export, a DocuSign summary, a Workday task, a
Greenhouse scorecard, speaker notes, a Zoom AI summary, pasted AI-assistant chats, a Telegram
poll, a bank statement in capitals, rental listings, a tenancy notice, a neighbours' notice and
a phone-message slip in capitals, a thank-you card, a lower-case mind map and intern logbook, a
LinkedIn caption draft; Javanese, Sundanese and Balinese names, Argentine and Colombian Spanish,
Chinese, Japanese and Korean names in their own script (with a title after the name: 山田部長, 최
과장), names that are everyday words (Hope, Will, Grace, Joy, Rose, Faith, Mark, Summer, Dawn,
Sunny, Frank, Precious, Patience, Indah, Bagus, Made) beside the word in use, and IDs and dates
of birth in formats the earlier splits do not use (NIK dotted in fours, the 16-digit NPWP,
lower-case dashed NIE, Argentine DNI and CUIL, Colombian cédula, Chinese resident ID, UK NI
grouped 2-6-1, dotted SSN and Aadhaar, "1998-6-5", "11.02.99", "9/7/02", "octubre 12 de 1999",
"20 de agosto del 96", "5 Juni '98", "1996年3月14日"). M was held out and measured once; it
became a tuning split after its figures were reported. Split N (42) was written
after M, before any change M or N prompted and without looking at M, in styles none of A to M
has: a Microsoft Forms export, Slack huddle notes, a Miro sticky-note dump, a Calendly booking
confirmation, a performance-review paragraph, a pasted org chart with tree lines, Outlook
minutes with "Required:"/"Optional:" lines, a Zoom webinar Q&A report, a diary-form mentoring
journal, a lower-case list with arrows ("->"), Singlish, Manglish and Taglish chats, an IG story
caption draft, an e-ticket and a results notice in capitals, a gym form, a wedding seating plan,
a pull-request review, a phone to-do list, an Airbnb thread, a RACI table, a lead-scan export,
an English e-mail introducing Japanese names in kanji, an out-of-office reply, a class newsletter,
a lower-case Reddit post; an Indonesian "laporan kegiatan", a Gojek driver chat, a wedding
invitation, a lower-case duty roster and diary, a Shopee chat, a "surat kuasa", a digital guest
book and an MC script; a Mexican "minuta" with a "Responsable" column, a Mexican voice note in
lower case, a Spanish grant file, a Chilean e-mail and a lower-case internship diary. It leans on
everyday-word names (Hope, Faith, Hunter, Rich, Sandy, Autumn, Crystal, Amber, Angel, Cash, Chase,
Melody, Grant, Honey, Wren, Hazel, Bagus, Wangi, Intan, Cahaya, Bintang, Fajar, Harapan, Paloma,
Blanca, Dulce, Consuelo, Amparo, Sol) with the word in use in the same note, single names by cue,
lower-case names, and IDs and dates of birth in formats no earlier split uses (NIK dotted 2-2-2-6-4
and spaced, NPWP spaced, DNI grouped 4-4, lower-case NIE without separators, an Aadhaar in
Devanagari digits, Singapore NRIC, Malaysian MyKad, Chilean RUT, Spanish social security number,
Japanese My Number, Australian TFN, a Philippine TIN, "1996-Mar-04", "2.2.51", "14-ii-97",
"11.viii.2002", "07 / 03 / 1999", "21-VIII-1993", "17-8-'67", "1999/iii/12", "doce de marzo del
noventa y seis"); check digits are valid where the format has a published one (the TIN's was not
checked). N was held out and measured once (identifiers removed 0.769, substance kept 0.958, 4
partial name leaks); it became a tuning split after those figures were reported. Split O (42)
was written after N's figures were seen and before any change they prompted, in styles none of
A to N has: SRT subtitles with upper-case speaker tags, a grievance interview record in "Q./A."
form, a Signal group export with a phone number as the sender, an ICS calendar file with
"CN=" attendees, a vCard, a YAML pairing file with comments, a LaTeX author block, a
CODEOWNERS file beside "git log" output, a Slido Q&A export, a Basecamp check-in, a
Mentimeter results page, a todo.txt list with "@" contexts, an HTML signature, a LinkedIn
recommendation, a Messenger chat, an iMessage paste, a conference badge print file split by
semicolons, a whiteboard photo transcribed in capitals, a visitor log in fixed columns, a
focus-group transcript with participant codes, an unpunctuated auto-transcript of an audio
room, a radio log; Indonesian: Jakarta English code-switching, an obituary notice, a KTP read
by OCR with its OCR error, a cover letter, a receipt, an alumni post with hashtags (a name as a
hashtag), a call-centre transcript with a date of birth spoken in words, an all-caps graduation
notice, a "surat pernyataan", an Instagram DM export in lower case; Spanish: an exit interview
in dialogue dashes, a Peruvian vCard, a Venezuelan group chat in lower case, an Asana task, a
radio phone-in in capitals, and a Spanish-English text. Names: Balinese (Putu, Kadek, Ni Luh),
Batak, Javanese, Thai in Thai script, Vietnamese with diacritics, Tagalog (ligaya, tala),
Malay bin/binti, Arabic with Abdel-, El-, Al- and a kunya (Umm Khalid), Korean, Japanese and
Taiwanese names in their own script, Peruvian, Mexican, Basque and Venezuelan names, and
everyday-word names (Ivy, Drew, Penny, Pearl, Gene, Art, Guy, Destiny, Lily, Ruby, Jasmine,
Sage, Jade, Charity, Hazel, Basil, Poppy, Storm, Violet, Precious, Brook, Miles, Honey, Rahmat,
Adil, Mega, Milagros, Socorro, Paz, Dolores) beside the word in use. IDs and dates of birth in
formats no earlier split uses: Indonesian KK number, KTP grouped 4-6-6, Peruvian DNI,
Venezuelan cédula, Korean RRN, Taiwanese ID, Vietnamese CCCD, Philippine SSS, Canadian SIN,
a passport number, "16-Ags-1993", "07-O9-1995" (an OCR misread), "29 Februari 2000", "8 de
nov. del 93", "1990-07-23T00:00:00Z", "4th of July '99", "3 mei 2001", a date spoken in
Indonesian words. O was scored once on the code before any change it prompted (identifiers
removed 0.844, substance kept 0.935, 7 partial name leaks); it was held out until Q was
written and became a tuning split then. Report B, C, D, O and Q.

Split P (24) was written after O's capitals and lower-case figures were seen, without its misses,
as a tuning split made only of notes in capitals or in lower case in styles the earlier splits
lack: a telex with "STOP", an SMS in capitals signed with the sender's name, a shouted group chat,
a printed form with dotted leaders, a visitor book and a site access log in columns, a radio log
with "OVER", a lower-case standup gripe with nicknames (dougie, ferg, bazza), a lower-case tweet
with a hashtag, a name beside the same word in use ("heather grows heather"), Indonesian minutes
with "BP."/"IBU", lower-case Jakarta slang with "koh" and "cici", a lower-case Indonesian
attendance list, a Spanish acta and a lower-case Mexican office chat, mixed-case notes where only
the names are in capitals ("met ARCHIBALD PENHALIGON from Legal"), surnames first in capitals
("TANAKA Hiroshi"), and brands in capitals beside them (CAPITAL ONE, AMERICAN EXPRESS, NASA).
Scored on the code before any change it prompted: identifiers removed 0.667, substance kept
0.987 (capitals 30/39, lower case 8/18).

Split Q (45) was written after O's and P's figures were seen, before any change they prompted
and without reading O's notes, in styles none of A to P has: a Rev.com transcript with
time-stamped speaker lines, a Kahoot leaderboard of nicknames, a fediverse thread with
"@user@instance" and Bluesky handles, a pub-quiz scoresheet in capitals, a lower-case running
club recap and a phone notes list, Figma comments, an NHS letter, a Zoom breakout-room CSV, a
hackathon sign-up, a lunch-roulette bot post, a Korean HR profile with "1995년 4월 2일생", a
Japanese staff-card form with an era date (平成8年7月21日), a WeChat Moments post, a Hong Kong
e-mail with an HKID; Indonesian: a neighbourhood (RT) WhatsApp notice, a KAI train e-ticket in
capitals, a bank account opening form, a lower-case YouTube auto-caption without punctuation, a
doctor's sick note, a Tokopedia review and reply, a podcast transcript, a Telegram group with a
forwarded message, cooperative minutes, a civil-service letter with NIP numbers, a lower-case
phone note and a prize-draw list in capitals; Spanish: a lower-case Colombian WhatsApp export, an
Argentine savings-club acta, a Chilean podcast transcript with speaker labels in capitals, a
leave request with a dashed NIE, a Mexican reference letter with a CURP and a futsal squad list
in capitals; a Spanglish text thread, a South African WhatsApp group, a Nigerian onboarding
checklist, a São Paulo note with a CPF and a Linktree, a Dutch joiner form with a BSN, a
Karachi pairing slip with a CNIC, an Italian intake form with a codice fiscale, a Descript
transcript in capitals, a US I-9 checklist in capitals with a Cash App "$" tag, an Indonesian-
English LinkedIn draft with a ".my.id" domain, a Bangkok visitor register with a Thai ID and a
LINE ID, and an Ecuadorian sign-up sheet with a cédula. Names that are everyday words (Sterling,
Liberty, Verity, Cliff, Tuesday, Noble, Misty, Forrest, Journey, Bliss, Heath, Reed, Carol,
Marigold, Dusty, Kit, Garnet, Favour, Constance, Temperance, Gift, Innocent, Goodluck,
Marvellous, Prudence; Makmur, Gendis, Permata, Samudra, Mentari, Jaya, Kencana, Damai, Tulus,
Pelangi, Kirana, Sabar, Langit; Estrella, Cielo, Alba, Piedad, Azucena, Reina, Perla, Fe, Alma,
Caridad, Modesto, Clemencia) mostly beside the word in use. Check digits are valid where the
format has one. Scored once on the code before any change it prompted; Q is held out.

Labelling policy: a person's name is an identifier even when the person is a public figure
("Bill Gates' foundation"). The anonymiser cannot tell a famous name from a colleague who shares
it, and the lesson survives without the name; where a word is both a name and a place or brand,
the label carries enough context to say which use is meant ("Chelsea said" vs "Rents in
Chelsea").

Scoring, per note, on the anonymised text:
- an identifier is removed when it no longer occurs as a whole word (CJK: as a substring);
- a partial leak is a name whose full form is gone but one of its words is still there
  ("[PERSON_1] bin Waleed Al Harthy");
- substance is kept when it still occurs as a whole word, same case.

Run from the repo root:
``python -m evals.eval_anonymise_hard [--split A|B|...|Q] [--show-misses]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from coach.anonymise import anonymise

ROOT = Path(__file__).resolve().parent.parent
HARD = ROOT / "tests" / "data" / "anonymise_hard.jsonl"
PERSON_KINDS = frozenset({"name", "single", "lower", "caps", "word_name", "particle", "cjk"})
PARTICLES = frozenset("bin binti van der den de del la los las da di al el y".split())
GOALS = {"removed": 0.97, "kept": 0.95, "per_kind": 0.90}
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def load(path: Path = HARD) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def occurs(phrase: str, text: str) -> bool:
    """Whole-word occurrence; CJK names have no spaces around them, so a substring counts."""
    if CJK_RE.search(phrase):
        return phrase in text
    return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text) is not None


def _leak_words(ident: dict, substance: list[str]) -> list[str]:
    if ident["kind"] not in PERSON_KINDS or CJK_RE.search(ident["text"]):
        return []
    words = re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", ident["text"])
    if len(words) < 2:
        return []
    return [
        w
        for w in words
        if w.lower() not in PARTICLES
        and (ident["kind"] == "lower" or w[0].isupper())
        and not any(occurs(w, s) for s in substance)
    ]


def score(notes: list[dict]) -> dict:
    """Removed, kept and partial leaks overall and per kind, with what was missed."""
    got: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    subs: Counter[str] = Counter()
    leaks: list[str] = []
    misses: list[str] = []
    elapsed = 0.0
    anonymise("Warm-up: lists load once per process. Met Zorbyn in Jakarta, see zorbyn.dev.")
    for note in notes:
        t0 = time.perf_counter()
        out = anonymise(note["text"], roster=note.get("roster", ())).text
        elapsed += time.perf_counter() - t0
        substance = [s["text"] for s in note["substance"]]
        for ident in note["identifiers"]:
            seen[ident["kind"]] += 1
            if occurs(ident["text"], out):
                misses.append(f"{note['id']} kept {ident['kind']} {ident['text']!r}")
                continue
            got[ident["kind"]] += 1
            left = [w for w in _leak_words(ident, substance) if occurs(w, out)]
            if left:
                leaks.append(f"{note['id']} partial leak of {ident['text']!r}: {left}")
        for sub in note["substance"]:
            subs[sub["kind"]] += 1
            if occurs(sub["text"], out):
                kept[sub["kind"]] += 1
            else:
                misses.append(f"{note['id']} lost {sub['kind']} {sub['text']!r}")
    n_ids, n_subs = sum(seen.values()), sum(subs.values())
    return {
        "notes": len(notes),
        "identifiers": n_ids,
        "removed": sum(got.values()) / n_ids if n_ids else 0.0,
        "substance": n_subs,
        "kept": sum(kept.values()) / n_subs if n_subs else 0.0,
        "leaks": leaks,
        "by_kind": {k: (got[k], seen[k]) for k in sorted(seen)},
        "kept_by_kind": {k: (kept[k], subs[k]) for k in sorted(subs)},
        "misses": misses,
        "ms_per_note": 1000 * elapsed / max(1, len(notes)),
    }


UNTOUCHED = {"R"}  # held out from every change: what it missed is never shown


def report(split: str, show_misses: bool = False, path: Path = HARD) -> dict:
    notes = [n for n in load(path) if split == "all" or n["split"] == split]
    res = score(notes)
    print(
        f"Hard notes, split {split}: {res['notes']} notes, identifiers removed "
        f"{res['removed']:.3f} of {res['identifiers']}, substance kept {res['kept']:.3f} of "
        f"{res['substance']}, partial name leaks {len(res['leaks'])}, "
        f"{res['ms_per_note']:.1f} ms per note"
    )
    print(f"  {'identifier kind':<14}{'removed':>10}   {'substance kind':<14}{'kept':>10}")
    rows = list(res["by_kind"].items())
    kept_rows = list(res["kept_by_kind"].items())
    for i in range(max(len(rows), len(kept_rows))):
        left = right = ""
        if i < len(rows):
            k, (g, s) = rows[i]
            left = f"{k:<14}{f'{g}/{s}':>10}"
        if i < len(kept_rows):
            k, (g, s) = kept_rows[i]
            right = f"{k:<14}{f'{g}/{s}':>10}"
        print(f"  {left:<24}   {right}")
    worst = min((g / s for g, s in res["by_kind"].values()), default=1.0)
    checks = {
        f"removed >= {GOALS['removed']}": res["removed"] >= GOALS["removed"],
        "no partial leak": not res["leaks"],
        f"kept >= {GOALS['kept']}": res["kept"] >= GOALS["kept"],
        f"every kind >= {GOALS['per_kind']}": worst >= GOALS["per_kind"],
    }
    print("  goals: " + ", ".join(f"{k} {'met' if ok else 'MISSED'}" for k, ok in checks.items()))
    if split in UNTOUCHED:
        print("   (held out: its leaks and misses are counted, never printed)")
        return res
    hidden = {n["id"] for n in notes if n["split"] in UNTOUCHED}
    if hidden:
        print("   (held-out notes are counted; their leaks and misses are never printed)")
    for line in res["leaks"] + (res["misses"] if show_misses else []):
        if line.split(" ", 1)[0] not in hidden:
            print("  ", line)
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--split",
        choices=tuple("ABCDEFGHIJKLMNOPQ") + ("all",),
        default=None,
        help="one split only (default: B, C, D, O and Q, the reported ones, then the tuned ones)",
    )
    ap.add_argument("--show-misses", action="store_true", help="list every miss and loss")
    args = ap.parse_args(argv)
    default = ["B", "C", "D", "O", "Q", "A", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "P"]
    for split in [args.split] if args.split else default:
        report(split, args.show_misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
