"""What the words around a capitalised word say about it: a person, a place, a thing, a date.

An everyday word that is also a name (Hope, Autumn, May, Florence) is decided by its sentence:
a role in apposition or an act only people do makes it a person; a place noun or a thing noun
next to it, or a day number, keeps it a word.
"""

from __future__ import annotations

import re

from coach.anonymise.words import PERSON_ONLY_AFTER, PERSON_VERBS, vocab

# "Harmony, our intern, ...": a role named in apposition says the word before it is a person;
# so does one owned by another person ("Frank, Sunny's manager, ...").
APPOSITION_RE = re.compile(
    r"[ \t]*,[ \t]+(?:our|my|the|his|her|their|your|a|an|nuestro|nuestra|mi|su|el|la|un|una"
    r"|[A-Z][\w-]*['’]s)"
    r"[ \t]+(?:[\w-]+[ \t]+){0,2}?([\w-]+)[ \t]*[,(]"
)
PERSON_NOUNS = frozenset(
    """intern interns trainee rep representative mentor mentee buddy colleague coworker
    engineer developer designer analyst manager lead graduate grad apprentice friend boss
    sister brother cousin partner teammate recruiter student volunteer becario becaria
    compañero compañera jefe jefa""".split()
)
# Acts that take a person as their subject: "Autumn took notes", "Mark will send the deck",
# "Joy shared her screen", "Dean ran the demo", "Jordan went to Amman".
MEETINGS = (
    r"(?:session|meeting|demo|workshop|call|retro|standup|stand-up|training|class"
    r"|discussion|interview|huddle|sync|review)"
)
PERSON_ACT_RE = re.compile(
    r"[ \t]+(?:(?:took|takes)[ \t]+(?:notes|charge|the[ \t]+lead)\b"
    r"|(?:posts|posted|taught|teaches|emailed|texted|messaged|phoned|interrupted)\b"
    r"|(?:shared|showed|brought|sent|gave|changed|lost|opened|presented|explained|described"
    r"|left|quit|finished|started|booked)[ \t]+(?:her|his)\b"
    r"|(?:went|flew|moved|travelled|traveled|relocated|drove|commutes|commuted)[ \t]+(?:to|home"
    r"|back|abroad|here|there|over)\b"
    r"|(?:grew|grows)[ \t]+up\b"
    r"|(?:will|would|'ll|’ll|can|could|should|must)[ \t]+(?:send|share|draft|email|call|ask"
    r"|introduce|follow|check|review|write|prepare|present|host|book|chase|confirm|reply"
    r"|talk|speak|meet|join|bring|help|pair|shadow|mentor|coach|text|message|pay|buy|lead"
    r"|run|take|give|own|cover|handle|sort|show|demo|organise|organize|walk|find|ping"
    r"|update)\b"
    r"|(?:akan|mau|bisa|harus|sudah|belum|lagi)[ \t]+(?:kirim|mengirim|bikin|membuat|cek|tanya"
    r"|telepon|hubungi|menghubungi|presentasi|bantu|membantu|bawa|membawa|siapkan|menyiapkan"
    r"|kasih|share|email|lapor|melapor|jelaskan|menjelaskan|ajak|mengajak|memimpin|memandu"
    r"|membuka|menutup|hadir|datang|ikut|bergabung|memberi|memberikan|menyampaikan"
    r"|mempresentasikan)\b"
    # "Summer was on leave", "Dawn is off sick": absences only people take
    r"|(?:is|was|will[ \t]+be|has[ \t]+been)[ \t]+(?:on[ \t]+(?:annual[ \t]+|parental[ \t]+"
    r"|maternity[ \t]+|paternity[ \t]+|sick[ \t]+)?(?:leave|holiday|vacation)|off[ \t]+sick"
    r"|out[ \t]+sick|off[ \t]+today|working[ \t]+from[ \t]+home)\b"
    r"|(?:va|van|iba|quiere)[ \t]+a[ \t]+(?:enviar|mandar|llamar|preparar|revisar|presentar"
    r"|compartir|escribir|hablar|traer|pagar)\b)"
)
# Indonesian apposition has no article: "Dian, anak magang baru, ...", "Rudi, staf HRD, ...".
APPOSITION_ID_RE = re.compile(
    r"[ \t]*,[ \t]+(?:anak[ \t]+magang|magang|staf|staff|kepala|manajer|mentor|rekan|teman"
    r"|atasan|bos|karyawan|pegawai|anggota|ketua|direktur|pimpinan)\b[^,\n]{0,30},"
)
# A relative or friend named in apposition: "cucunya, Sekar,", "her nephew, Tunde,", "su
# sobrina, Itziar,". The noun before the comma says a person's name comes next.
KIN_BEFORE_RE = re.compile(
    r"(?:\b(?:anak|cucu|adik|kakak|abang|suami|istri|ayah|keponakan|sepupu|menantu|mertua"
    r"|sahabat|pacar|tetangga|teman|temen|rekan|kawan|atasan|bos|mentor|pembimbing)(?:nya|ku|mu)?"
    r"(?:[ \t]+(?:kantor|kerja|sekantor|setim|satu[ \t]+tim))?"
    r"(?:[ \t]+(?:saya|aku|gue|kami|beliau))?"
    r"|\b(?:my|his|her|their|our|your)[ \t]+(?:daughter|son|niece|nephew|cousin|wife|husband"
    r"|sister|brother|grandson|granddaughter|flatmate|roommate|neighbour|neighbor|fiancée?"
    r"|friend|colleague|workmate|coworker|co-worker|teammate|housemate|classmate"
    r"|girlfriend|boyfriend|mum|mom|dad|aunt|uncle|mentor|mentee|manager|boss|supervisor"
    r"|buddy|coach|line[ \t]+manager|team[ \t]+lead)"
    r"|\b(?:mi|su|tu|nuestra|nuestro)[ \t]+(?:hija|hijo|sobrina|sobrino|prima|primo|esposa"
    r"|esposo|novia|novio|hermana|hermano|nieta|nieto|tía|tia|tío|tio|vecina|vecino|jefa|jefe"
    r"|mentora|mentor|supervisora|supervisor|compañera|compañero|amiga|amigo))"
    r",[ \t]+\Z",
    re.IGNORECASE,
)


def named_as_kin(before: str, rest: str) -> bool:
    """ "cucunya, Sekar, jualan": a kin noun, a comma, the name, and the clause goes on."""
    return KIN_BEFORE_RE.search(before) is not None and re.match(r"[ \t]*[,.;)]", rest) is not None


# Work a team or a brand can also do ("Sales ran the session", "Apple presented the results"):
# a person only when the word is not a brand, place or team.
WORK_ACT_RE = re.compile(
    r"[ \t]+(?:(?:ran|led|chaired|hosted|presented|facilitated|opened|joined|missed|skipped)[ \t]+"
    r"(?:the|our|today's|this)[ \t]+(?:[\w-]+[ \t]+)?" + MEETINGS + r"\b"
    r"|(?:joined|left|quit)[ \t]+(?:the|our|my|your|a)[ \t]+(?:team|company|firm|cohort"
    r"|programme|program|scheme|squad|department)\b"
    r"|(?:presented|shared|explained|showed|reviewed|summarised|summarized|walked[ \t]+us"
    r"[ \t]+through)[ \t]+(?:the|our|her|his|their|some|a)[ \t]+(?:[\w-]+[ \t]+)?(?:survey"
    r"|results|findings|deck|numbers|data|slides|plan|proposal|idea|case|report|research"
    r"|figures|dashboard|prototype)\b"
    r")"
)
# Acts of a person that brands and places hardly do, for a name that is an everyday word
# (Frank, Penny, Ivy) and neither a brand nor a place: "Frank gave", "Penny pinched the idea".
WORD_NAME_ACT_RE = re.compile(
    r"[ \t]+(?:gave|kept|found|pinched|shadowed|liked|loved|hated|drew|picked|chose|sketched"
    r"|pitched|proposed|drafted|offered|handed|flagged|noticed|raised|organised|organized"
    r"|fixed|tested|emailed|invited|thanked|praised|interviewed|hired|coached|mentored"
    r"|learned|learnt|tried|watched|heard|forgot|remembered|checked|demoed|spoke|sat|stood"
    r"|cried|signed|nodded|joked|insisted|confessed|complained|volunteered|kicked[ \t]+off"
    r"|wrapped[ \t]+up|summed[ \t]+up|set[ \t]+(?:(?:it|them|this|that|everything)[ \t]+)?up"
    r"|talked|walked|booked|chaired|hosted|ran"
    r"|led|closed[ \t]+(?:the|with|by|our)|opened[ \t]+(?:the|with|by|our)"
    # "Jack will jack up the budget", "Rich would rather rent": what the person will do
    r"|(?:will|would|could|should|must|might)[ \t]+(?!be\b|not\b|have\b|get\b)"
    r"[a-z]{3,}\b)\b"
)
# "from the Madrid office", "dari kantor Bandung", "de la oficina de Sevilla": a person's base.
FROM_OFFICE_RE = re.compile(
    r"[ \t]+(?:from[ \t]+(?:the|our)[ \t]+(?:[A-Z][\w-]*[ \t]+){1,2}(?:office|team|branch"
    r"|plant|site|hub|store|campus)|dari[ \t]+(?:kantor|cabang|tim)|de[ \t]+la[ \t]+(?:oficina"
    r"|planta|sede|sucursal))\b"
)
AND_NAME_RE = re.compile(r"[ \t]+(?:and|&|dan|y)[ \t]+[A-Z][\w'’-]*(?=[ \t])")
IN_TEAM_RE = re.compile(r"[ \t]+in[ \t]+([A-Z][\w&-]*)[ \t]+(\w+)")
FROM_TEAM_RE = re.compile(r"[ \t]+from[ \t]+(?:the[ \t]+)?(?:[A-Z][\w&-]*[ \t]+){1,3}(\w+)")


PLACE_NOUNS = (
    r"(?:neighbourhood|neighborhood|city|town|village|area|district|borough|suburb"
    r"|country|state|region|island|capital)"
    r"(?![ \t]+(?:planner|hall|council|manager|lead|team|rep"
    r"|head|director|officer|clerk|crier)\b)"
)
THING_NOUNS = (
    r"(?:app|apps|tool|bank|platform|company|startup|start-up|service|card|wallet"
    r"|brand|website|site|shop|store|game|podcast|chatbot|bot|product|fund)"
)
# What follows says the word is a place or a thing: "Chelsea (the neighbourhood)", "Florence,
# the city", "Regina is a friendly city", "Sydney feels cheaper", "Emma, the budgeting app".
NOT_A_PERSON_AFTER_RE = re.compile(
    r"[ \t]*(?:\((?:the|a|an)[ \t]+(?:[\w-]+[ \t]+){0,2}?" + PLACE_NOUNS + r"\b"
    r"|,[ \t]+(?:the|a|an)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:"
    + PLACE_NOUNS
    + "|"
    + THING_NOUNS
    + r")\b(?![ \t]+(?:manager|lead|team|rep|owner|engineer|designer))"
    r"|[ \t]+(?:is|was|feels|felt|seems|looks|gets|got)[ \t]+(?:(?:a|an|the|her|his|my|our"
    r"|their|so|much|far|way|more|less|too|really|very|still|now)[ \t]+)*"
    r"(?:(?:[\w-]+[ \t]+)?" + PLACE_NOUNS + r"\b|(?:cheaper|pricier|dearer|expensive|affordable"
    r"|crowded|safer|warmer|colder|busier|quieter)\b))",
    re.IGNORECASE,
)


# Thanking or addressing someone by name: "Thanks, Hope!", "Hope, thanks for today."
THANKS_BEFORE_RE = re.compile(
    r"(?:^|[^\w])(?:thanks|thank[ \t]+you|cheers|gracias|terima[ \t]+kasih|makasih)[ \t]*,[ \t]*$",
    re.IGNORECASE,
)
# ... or asking them for something: "Mark, can you share?", "Grace, please check the totals".
ADDRESSED_AFTER_RE = re.compile(
    r"(?:[ \t]*[!.?]|,[ \t]+(?:thanks|thank[ \t]+you|gracias|terima[ \t]+kasih|makasih"
    r"|(?:can|could|would|will)[ \t]+you|please|pls|tolong|por[ \t]+favor)\b)",
    re.IGNORECASE,
)


# A person addressed at a sentence's start, before a question or an aside: "Grace, honestly,
# ...", "Summer, can we ...", "Mark, what do you think?". Only for a name already found.
ADDRESSED_OPENING_RE = re.compile(
    r",[ \t]+(?:honestly|seriously|frankly|quick[ \t]+question|just[ \t]+checking|remember"
    r"|listen|sorry|btw|what|when|how|why|where|which|who|any[ \t]+(?:news|update|chance)"
    r"|(?:can|could|would|will|shall|should|do|did|are|were|have|is)[ \t]+(?:we|i|you|u|they)"
    r"|let['’]s|you|we)\b",
    re.IGNORECASE,
)


def thanked(before: str, rest: str, at_start: bool) -> bool:
    """ "Thanks, Hope!" or, opening a sentence, "Hope, thanks for today"."""
    if THANKS_BEFORE_RE.search(before):
        return re.match(r"[ \t]*(?:[!.?,;]|$)", rest) is not None
    return at_start and ADDRESSED_AFTER_RE.match(rest) is not None and rest.lstrip()[:1] == ","


def word_name_acts(rest: str) -> bool:
    """ "Frank gave ...", "Ivy and Rowan shadowed ...": an act of a person follows."""
    if WORD_NAME_ACT_RE.match(rest):
        return True
    m = AND_NAME_RE.match(rest)
    return m is not None and WORD_NAME_ACT_RE.match(rest, m.end()) is not None


# "Clay (Procurement)": a department in brackets after a word says whose department it is.
DEPARTMENT_IN_BRACKETS_RE = re.compile(r"[ \t]*\(((?:[A-Z][\w&-]*[ \t]*){1,3})\)")


# "Hope (28, nurse)", "Will (26)": an age in brackets after a word says it is a person.
AGE_IN_BRACKETS_RE = re.compile(
    r"[ \t]*\((?:aged?[ \t]+)?[1-9]\d(?:[ \t]*(?:y/?o|yrs?|años|tahun|thn))?[ \t]*[,;)]"
)


def _department_in_brackets(rest: str) -> bool:
    m = DEPARTMENT_IN_BRACKETS_RE.match(rest)
    return m is not None and all(w.lower() in vocab()[1] for w in m.group(1).split())


def acts_as_person(rest: str, chain: bool = True, loose: bool = True) -> bool:
    """A role in apposition, an act only people do, or "from Payroll agreed" after a word."""
    m = APPOSITION_RE.match(rest)
    if m and (m.group(1).lower() in PERSON_NOUNS or m.group(1).lower() in vocab()[1]):
        return True
    if _department_in_brackets(rest) or AGE_IN_BRACKETS_RE.match(rest):
        return True
    if PERSON_ACT_RE.match(rest) or APPOSITION_ID_RE.match(rest) or FROM_OFFICE_RE.match(rest):
        return True
    if loose and WORK_ACT_RE.match(rest):
        return True
    m = AND_NAME_RE.match(rest)  # "Autumn and Summer ran the session"
    if m and chain:
        after = rest[m.end() :]
        verb = re.match(r"[ \t]+(\w+)", after)
        if (verb and verb.group(1) in PERSON_ONLY_AFTER) or acts_as_person(
            after, chain=False, loose=loose
        ):
            return True
    m = IN_TEAM_RE.match(rest)  # "Faith in Legal says the same"
    if m and m.group(1).lower() in vocab()[1]:
        if m.group(2).lower() in PERSON_ONLY_AFTER or PERSON_ACT_RE.match(rest, m.start(2) - 1):
            return True
    m = FROM_TEAM_RE.match(rest)
    if m and chain and m.group(1).lower() in ("and", "dan", "y"):
        # "Jade from Payroll and Ruby from Legal joined": the second one's act is both's.
        listed = AND_NAME_RE.match(rest, m.start(1) - 1)
        if listed is None:
            return False
        second = rest[listed.end() :]
        team = FROM_TEAM_RE.match(second)
        return (team is not None and team.group(1).lower() in PERSON_VERBS) or acts_as_person(
            second, chain=False, loose=loose
        )
    return m is not None and (
        m.group(1).lower() in PERSON_ONLY_AFTER
        or PERSON_ACT_RE.match(rest, m.start(1) - 1) is not None
        or WORD_NAME_ACT_RE.match(rest, m.start(1) - 1) is not None
        or (loose and WORK_ACT_RE.match(rest, m.start(1) - 1) is not None)
    )


SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
MONTHS = frozenset(
    """january february march april may june july august september october november december
    januari februari maret mei juni juli agustus oktober desember
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
    diciembre""".split()
)
DATE_BEFORE_RE = re.compile(
    r"(?:\d(?:st|nd|rd|th)?|\b(?:in|on|by|of|since|until|till|from|next|last|this|early|mid"
    r"|late|end|before|after|through|mulai|sejak|sampai|hingga|bulan|awal|akhir|pertengahan"
    r"|tanggal|desde|hasta|de|del|en|finales|principios|mediados))[ \t]*$",
    re.IGNORECASE,
)


def as_date(text: str, start: int, end: int) -> bool:
    """A month used as a month: "3 June", "in June", "June 30", "by early March"."""
    return (
        DATE_BEFORE_RE.search(text[max(0, start - 12) : start]) is not None
        or re.match(r"[ \t]*\d", text[end : end + 4]) is not None
    )
