"""What a search question is, once what surrounds it when pasted is taken away.

People paste questions from where they wrote them: an e-mail with its greeting, a pleasantry,
a sign-off, a signature and a legal footer; a forwarded subject line ("RE: FW: ..."); a chat
message with its timestamp, the sender's name, @mentions and emoji; a spoken question with
its "um"s; a calendar invite with its times, place and dial-in; a forwarded or quoted e-mail
with its header block; a helpdesk form with the filer's name, department and priority; a
link; hashtags. The program's own name used as a label (a subject "Reverse mentoring - ...",
an invite's title, "#ReverseMentoring") is in every question's thread and pulled every one
towards the page that explains what the program is. None of that is what is asked, and all
of it counts against the question: the signature became the "last sentence" the query's
vector leans towards (``coach.search_rank.ASK``), and a name and job title in a footer met
passages about roles.
``clean_query`` keeps the question and drops the wrapping, in English, Spanish and
Indonesian; a query that is nothing but wrapping is left as it was.
"""

from __future__ import annotations

import re

_GREETING = (
    r"(?:hi|hiya|hello|hey|dear|morning|afternoon|evening|good\s+(?:morning|afternoon|evening|day)"
    r"|greetings|hola|buenos\s+d[ií]as|buenas(?:\s+(?:tardes|noches))?|estimad[oa]s?|querid[oa]s?"
    r"|halo|hai|selamat\s+(?:pagi|siang|sore|malam)|assalamu'?alaikum|permisi)"
)
# A line that only greets: "Hi team,", "Dear all,", "Hola:", "Selamat pagi Bu,", "hey @Sam".
_GREETING_LINE = re.compile(rf"^\s*{_GREETING}\b(?:\s+[@\w.'-]+){{0,3}}\s*[,:!]?\s*$", re.I)
# The same greeting opening a one-line message: "Hi team, quick one: ...".
_GREETING_START = re.compile(rf"^\s*{_GREETING}\b(?:\s+[@\w.'-]+){{0,3}}?\s*[,:!]\s+", re.I)

_PLEASANTRY = re.compile(
    r"(?:^|(?<=[.!?\n]))\s*(?:i\s+)?hope\s+(?:you(?:'re|\s+are)|this\s+(?:finds|email|e-mail|"
    r"message)|all\s+is|everyone)[^.!?\n]*[.!?]*"
    r"|(?:^|(?<=[.!?\n]))\s*espero\s+que\s+(?:est[eé]s|est[eé]is|se\s+encuentre)[^.!?\n]*[.!?]*"
    r"|(?:^|(?<=[.!?\n]))\s*semoga\s+(?:sehat|baik|kabar)[^.!?\n]*[.!?]*"
    r"|(?:^|(?<=[.!?\n]))\s*(?:quick\s+(?:one|q(?:uestion)?)|sorry\s+to\s+bother(?:\s+you)?)"
    r"\s*[:,.!-]+",
    re.I,
)

_SIGN_OFF = re.compile(
    r"^\s*(?:thanks|thank\s+you|thx|ta|many\s+thanks|thanks\s+(?:so\s+much|a\s+lot|again|in\s+"
    r"advance)|cheers|best|best\s+wishes|all\s+the\s+best|(?:kind|best|warm|many)\s+regards|"
    r"regards|sincerely|yours(?:\s+sincerely)?|un\s+saludo|saludos(?:\s+cordiales)?|"
    r"(?:muchas\s+)?gracias|atentamente|un\s+abrazo|terima\s+kasih(?:\s+banyak)?|makasih|"
    r"salam(?:\s+hangat)?|hormat\s+(?:saya|kami)|wassalam)\b[\s,.!]*(?:[A-Z][\w.'-]*\s*){0,2}$",
    re.I,
)
# What ends the message whatever follows: a phone's footer, a legal disclaimer.
_FOOTER = re.compile(
    r"^\s*(?:sent\s+from\s+my\s+|get\s+outlook\s+for|enviado\s+desde\s+mi|dikirim\s+dari|"
    r"this\s+e-?mail\s+(?:and\s+any|is\s+confidential|may\s+contain)|confidentiality\s+notice|"
    r"disclaimer:|-- ?$|_{5,})",
    re.I,
)
_SUBJECT = re.compile(
    r"^\s*(?:(?:re|fw|fwd|aw|rv|tr)\s*:\s*|(?:subject|asunto|perihal|subjek)\s*:\s*)+", re.I
)
_CHAT_STAMP = re.compile(
    r"^\s*\[?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?\]?\s*"
    r"(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}\s*:\s*)?"
)
# A line of a form, an invite or a mail header that says who, when or where, not what.
_FIELD_LINE = re.compile(
    r"^\s*(?:(?:from|to|cc|bcc|sent|date|when|where|location|organi[sz]er|attendees|required"
    r"|optional|meeting\s+id|passcode|password|dial-?in|tel|phone|e-?mail|name|department|team"
    r"|employee(?:\s+id)?|staff\s+id|priority|status|category|de|para|fecha|enviado|dari"
    r"|kepada|tanggal)\s*:\s*\S"
    r"|(?:ticket|case|incident|ref(?:erence)?)\s*(?:no\.?|number|#)?\s*[:#]?\s*[a-z]*-?\d+\s*$"
    r"|-{3,}\s*(?:forwarded\s+message|original\s+message|mensaje\s+reenviado|pesan\s+"
    r"terusan)|begin\s+forwarded\s+message"
    r"|(?:on|el|pada)\s.{4,120}\s(?:wrote|escribió|menulis)\s*:\s*$"
    r"|join\s+(?:on\s+your|the\s+meeting|with\s+google|zoom)|click\s+here\s+to\s+join"
    r"|microsoft\s+teams\s+(?:meeting|need\s+help)\s*$)",
    re.I,
)
# A form's label for the question itself: "Description: ..." keeps what follows.
_ASK_LABEL = re.compile(
    r"^\s*(?:description|details|summary|question|request|issue|query|message|descripci[oó]n"
    r"|pregunta|pertanyaan|deskripsi)\s*:\s*(?=\S)",
    re.I,
)
_QUOTED = re.compile(r"^\s*(?:>\s?)+")
_LINK = re.compile(r"\b(?:https?://|www\.)\S+", re.I)
_PROGRAM = r"(?:the\s+)?reverse[\s_-]*mentoring(?:\s+(?:programme|program|pilot|scheme))?"
# The program's name as a subject's or a title's label, before what is asked.
_PROGRAM_LABEL = re.compile(rf"^\s*{_PROGRAM}\s*(?:[-–—:|]+\s*(?=\S)|$)", re.I)
_HASHTAG = re.compile(r"(?<![\w&])#([A-Za-z][\w]*)")
_PROGRAM_TAG = re.compile(rf"^{_PROGRAM}$", re.I)
_MENTION = re.compile(r"(?<![\w.])@[\w.-]+")
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\U00002600-\U000027bf\U0001f900-\U0001f9ff\u200d\ufe0f"
    "\U0001f1e6-\U0001f1ff]+"
)
# "hey @Sam 👋 my senior wants ...": a greeting to someone in a chat, without a comma.
_GREETING_MENTION = re.compile(
    rf"^\s*{_GREETING}\b(?:\s*(?:@[\w.-]+|{_EMOJI.pattern}))+\s*[,:!]?\s*", re.I
)
# How the answer should look, or who the coach should play: a sentence of its own ("Keep it
# brief.", "Pretend you're my coach.") or a lead-in ("In two bullet points: ..."). As the last
# sentence it took the share of the query's vector meant for the ask.
_COUNT = r"(?:a|an|one|two|three|four|five|a\s+few|\d+)"
_FORM = r"(?:sentences?|words?|lines?|bullet\s+points?|bullets|points|paragraphs?)"
_INSTRUCTION = re.compile(
    r"(?:^|(?<=[.?!\n]))\s*(?:keep\s+it\s+(?:short|brief|simple|concise)"
    rf"|(?:answer|reply|respond)(?:\s+me)?\s+in\s+{_COUNT}\s+{_FORM}"
    r"|(?:use|in|with)\s+(?:bullet\s+points|bullets|a\s+list|plain\s+english)"
    r"|tl;?\s?dr(?:\s+(?:version|summary))?|explain(?:\s+it)?\s+like\s+i['’]?m\s+(?:five|5)"
    r"|(?:no|not)\s+more\s+than\s+\d+\s+words|(?:be\s+)?(?:brief|concise)|short\s+answer"
    r"|(?:pretend|imagine)\s+(?:that\s+)?you(?:['’]re|\s+are)\s+[^.?!\n]{1,60}"
    r"|you(?:['’]re|\s+are)\s+(?:a|an|my)\s+[^.?!\n]{1,40}"
    r"|respuesta\s+(?:corta|breve)|en\s+pocas\s+palabras|s[eé]\s+breve|brevemente"
    r"|jawab(?:lah)?\s+(?:dengan\s+)?singkat|singkat\s+saja|secara\s+singkat)"
    r"(?:,?\s*(?:please|por\s+favor|ya|saja|only|thanks))?\s*(?:[.!]+|(?=[?\n])|$)",
    re.I,
)
_INSTRUCTION_LEAD = re.compile(
    r"^\s*(?:(?:give\s+me\s+)?(?:a\s+)?(?:one-line|one\s+line|short|quick|brief)\s+answer"
    rf"|in\s+{_COUNT}\s+{_FORM}"
    r"|act\s+as\s+(?:a|an|my)\s+[\w-]+(?:\s+[\w-]+)?(?:\s+and\s+(?:tell\s+me|answer|explain))?"
    r"|as\s+my\s+coach)\s*(?:,?\s*please)?\s*[:,]\s*(?=\S)",
    re.I,
)
# A search box's operators: "site:...", "-word" (leave out), "AND", "OR". The words they name
# are not asked about; in a query typed in capitals throughout, "AND" is a word. "NOT" stays:
# people write "what should I NOT do" for emphasis.
_OPERATOR = re.compile(
    r"(?<!\S)(?:site|inurl|intitle|filetype):\S+|(?<!\S)-[A-Za-z][\w-]*"
    r"|(?<!\S)(?:AND|OR)(?!\S)"
)
_FILLER = re.compile(r"(?<![\w'])(?:u+m+|u+h+|e+r+m+|h+m+|lol|lmao|haha+)(?![\w'])[,.]?", re.I)


def _hashtag(match: re.Match[str]) -> str:
    """A hashtag's words ("#FieldTrip": "Field Trip"); the program's own name goes."""
    words = re.sub(r"(?<=[a-z])(?=[A-Z])|_", " ", match.group(1)).strip()
    return "" if _PROGRAM_TAG.match(words) or _PROGRAM_TAG.match(match.group(1)) else words


def _unlabelled(lines: list[str]) -> list[str]:
    """The lines without a subject's or a chat's prefix, quote marks, form fields and the
    program's name as a label (on a subject line, or on the title line of a longer text)."""
    out = []
    for n, line in enumerate(lines):
        subject = _SUBJECT.match(line)
        line = _CHAT_STAMP.sub("", _SUBJECT.sub("", _QUOTED.sub("", line)))
        if _FIELD_LINE.match(line):
            continue
        if subject or (n == 0 and len(lines) > 1):
            line = _PROGRAM_LABEL.sub("", line)
        out.append(_ASK_LABEL.sub("", line))
    return out


def _strip_lines(lines: list[str]) -> list[str]:
    kept: list[str] = []
    for line in lines:
        if _FOOTER.match(line):
            break
        if kept and _SIGN_OFF.match(line):
            break  # the sign-off, then the name, title and phone number under it
        if not kept and (_GREETING_LINE.match(line) or not line.strip()):
            continue
        kept.append(line)
    return kept


def clean_query(text: str) -> str:
    """The question in a pasted message, without greeting, pleasantries, sign-off, signature,
    footer, forwarded subject prefixes and header blocks, quote marks, form and invite fields,
    links, chat stamps, @mentions, hashtags' marks, emoji and spoken filler."""
    lines = _strip_lines(_unlabelled(text.splitlines()))
    body = "\n".join(lines)
    body = _LINK.sub(" ", body)
    body = _HASHTAG.sub(_hashtag, body)
    body = _GREETING_MENTION.sub("", body, count=1)
    body = _GREETING_START.sub("", body, count=1)
    body = _PLEASANTRY.sub(" ", body)
    body = _MENTION.sub(" ", body)
    body = _EMOJI.sub(" ", body)
    body = _FILLER.sub(" ", body)
    if not body.isupper():
        body = _OPERATOR.sub(" ", body)
    body = _INSTRUCTION_LEAD.sub("", _INSTRUCTION.sub(" ", body).strip())
    body = "\n".join(re.sub(r"[ \t]{2,}", " ", ln).strip() for ln in body.splitlines())
    body = re.sub(r"\n{2,}", "\n", body).strip(" \n,;:-")
    return body if re.search(r"\w", body) else text
