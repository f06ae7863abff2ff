"""Action items out of rough notes: who promised what, by when.

Commitments are found by cues ("I'll", "agreed to", "Priya to send", an "Actions" heading)
with an agent in front of them, so "Gen Z will leave a bank over one bad app" is a takeaway
and not a task. Each item keeps the exact span of the notes it came from.
"""

from __future__ import annotations

import re
from collections import Counter

from coach.engine.schemas import ActionItem, Excerpt
from coach.engine.text import COMMIT_CUE, DUE, NEXT_CUE, Sentence, clean

_PRONOUN_OWNER = {"i": "me", "me": "me", "myself": "me", "we": "both", "both": "both",
                  "us": "both"}
_THIRD = {"she", "he"}
_NOT_AGENT = {"it", "this", "that", "there", "they", "you", "people", "everyone", "nobody",
              "customers", "staff", "who", "which", "what", "and", "or", "but", "also"}
_NEGATED = re.compile(r"^\s*(?:probably|never|not|n't|likely|maybe|possibly)\b", re.I)
_HEDGED = re.compile(r"\b(?:would like|if\b|might|could|maybe|perhaps|wants? to)\b", re.I)
_TALK_VERB = re.compile(r"^(?:pick up|cover|talk|discuss|look at|explore|go through|continue|"
                        r"come back|dig into|get into|revisit|return to)\b", re.I)
_OWNER_PREFIX = re.compile(r"^(?P<who>[A-Za-z][\w'-]*(?:\s*(?:\+|&|and)\s*(?:me|I|[A-Z][a-z]+))?)"
                           r"\s*(?::|-|–|—)\s+(?P<rest>.+)$")
_PAREN_OWNER = re.compile(r"\((?P<who>me|[A-Z][a-z]+)\s*(?:,\s*(?P<due>[^)]*))?\)", re.I)
_LETS = re.compile(r"^let'?s\s+(?:both\s+|all\s+)?", re.I)
_CONTINUATION = re.compile(r"^(?:will|'ll)\s+(?:do|action|sort|handle)\s+(?:that|this|it)\b",
                           re.I)
_NAME_TO = re.compile(r"^(?P<who>[A-Z][a-z]+)\s+to\s+(?P<rest>[a-z].+)$")
_NEXT_START = re.compile(r"^\s*next (?:time|session)\b", re.I)
_SELF_START = re.compile(r"^(?:also\s+)?(?:need to|must|have to|should|remember to|"
                         r"will(?:\s+also)?)\s+(?!.*\?\s*$)", re.I)
_SUBJECT_MODAL = re.compile(
    r"^(?:(?:it\s+was\s+|we\s+)?agreed(?:\s+that)?:?\s*)?(?:i\s+(?:also\s+)?said\s+)?"
    r"(?P<who>[A-Za-z]+(?:\s+and\s+I)?)\s*(?:also\s+)?"
    r"(?P<modal>'ll|will|would|'d|shall|am going to|'m going to|is going to|are going to|"
    r"'re going to|agreed to|promised(?:\s+\w+)?\s+(?:to|that\s+I\s+would|I\s+would)|"
    r"committed to|offered to|need to|want to|said\s+(?:i|she|he|we)(?:'d|\s+would))\s+", re.I)
# Matches start only where a run of spaces starts, so a long run is scanned once, not per space.
_ALSO = re.compile(r"(?<!\s)(?:\s*;\s*|\s+and (?=(?:I|she|he|we|[A-Z][a-z]+) "
                   r"(?:will|'ll|is going to)))")


def _clauses(text: str) -> list[str]:
    """Split "I'll do X and she'll do Y" in two; never leave a bare name as a clause."""
    parts = [p for p in _ALSO.split(text) if p.strip()]
    merged: list[str] = []
    for part in parts:
        if merged and len(merged[-1].split()) < 3:
            merged[-1] = text[text.find(merged[-1]):text.find(part) + len(part)]
        else:
            merged.append(part)
    return merged


def names_in(notes: str) -> Counter:
    """Likely people's names: capitalised words seen mid-sentence, counted."""
    found = Counter()
    for m in re.finditer(r"(?<![.!?:\n]\s)(?<!^)\b([A-Z][a-z]{1,20})\b", notes, re.M):
        found[m.group(1)] += 1
    for m in re.finditer(r"\b(?:w/|with|mentor|session with)\s+([A-Z][a-z]{1,20})\b", notes):
        found[m.group(1)] += 3
    for m in re.finditer(r"(?:\bw/|\bmtg w(?:ith|/)|\bchat w(?:ith|/))\s+([a-z]{2,20})\b", notes):
        found[m.group(1).capitalize()] += 3
    common = {"I", "The", "Our", "My", "Gen", "Session", "Topic", "Next", "Actions", "Action",
              "Me", "She", "He", "We", "They", "It", "This", "That", "Not", "Also", "Agreed",
              "Main", "Big", "What", "Note", "Would", "Honestly", "Hybrid", "Feedback",
              "Looking", "Specific", "Second", "Access", "Side", "Interesting", "Follow",
              "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
              "January", "February", "March", "April", "June", "July", "August", "September",
              "October", "November", "December", "HR", "Discord", "Slack", "LinkedIn",
              "TikTok", "YouTube", "Reddit", "Instagram", "Glassdoor", "ChatGPT", "WhatsApp"}
    return Counter({k: v for k, v in found.items() if k not in common})


def _due(text: str) -> tuple[str | None, str]:
    """The due phrase and the text without it."""
    matches = [m for m in DUE.finditer(text)
               if not re.search(r"\bfor(?: the)?\s*$", text[:m.start()], re.I)]
    if not matches:
        return None, text
    m = matches[-1]
    due = re.sub(r"^(?:by|on|at|in|until|for)\s+(?:the\s+)?", "", m.group(0), flags=re.I)
    rest = re.sub(r"\(\s*\)|\s+(?=[,.;)])", "", text[:m.start()] + text[m.end():]).strip()
    return due.strip(), rest


def _owner(word: str, names: Counter) -> str | None:
    w = word.strip().lower()
    if re.search(r"\s*(?:\+|&|\band\b)\s*", w):
        return "both" if re.search(r"\b(?:me|i)\b", w) else None
    if w in _PRONOUN_OWNER:
        return _PRONOUN_OWNER[w]
    if w.endswith(" and i"):
        return "both"
    if w in _THIRD:
        return names.most_common(1)[0][0] if names else "my mentor"
    for name in names:
        if name.lower() == w:
            return name
    return None


def _parse(text: str, names: Counter, in_actions: bool) -> tuple[str, str] | None:
    """(owner, action) if the clause is a commitment."""
    body = text.strip()
    if (m := _PAREN_OWNER.search(body)) and (o := _owner(m.group("who"), names) or (
            m.group("who") if m.group("who")[0].isupper() else None)):
        rest = (body[:m.start()].rstrip() + " " + body[m.end():].lstrip(" -–—,")).strip()
        return o, rest + (f" ({m.group('due')})" if m.group("due") else "")
    if m := _LETS.match(body):
        return "both", body[m.end():]
    if (m := _OWNER_PREFIX.match(body)) and (o := _owner(m.group("who"), names)):
        return o, m.group("rest")
    if (m := _NAME_TO.match(body)) and (o := _owner(m.group("who"), names)):
        return o, m.group("rest")
    if m := _SELF_START.match(body):
        return "me", body[m.end():]
    if m := _SUBJECT_MODAL.match(body):
        owner = _owner(m.group("who"), names)
        rest = body[m.end():]
        binding = re.match(r"(?:promised|agreed|committed)", m.group("modal"), re.I)
        if owner and (binding or not _NEGATED.match(rest)):
            return owner, rest
    cue = COMMIT_CUE.search(body)
    if cue:
        before = body[:cue.start()].split()
        who = before[-1].strip(",;:") if before else ""
        who = who[:-2] if who.lower().endswith("'ll") else who
        owner = _owner(who, names) if who.lower() not in _NOT_AGENT else None
        if owner and not _NEGATED.match(body[cue.end():]) and not _HEDGED.search(body[:cue.end()]):
            return owner, body[cue.end():]
    if in_actions:
        first = body.split()[0].strip(",:") if body.split() else ""
        return (_owner(first, names) or "me") if first[:1].isupper() else "me", body
    return None


def _assigned(text: str, names: Counter) -> bool:
    """'Me: look into X' or 'Ravi: send Y', but not 'Ravi: I think...' (a quote)."""
    m = _OWNER_PREFIX.match(text)
    if not m or not _owner(m.group("who"), names):
        return False
    return m.group("who").lower() == "me" or m.group("rest")[:1].islower()


def extract_actions(notes: str, sentences: list[Sentence]) -> list[ActionItem]:
    """Every commitment in the notes, in order."""
    names = names_in(notes)
    items: list[ActionItem] = []
    for s in sentences:
        if s.is_title or s.label in ("next", "takeaway", "assumption"):
            continue
        in_actions = s.section == "actions" or s.label == "action"
        if _CONTINUATION.match(s.text) and items:
            prev = items[-1]  # "will do that on Monday": a date for the item before
            due, _ = _due(s.text)
            if due and not prev.due:
                prev.due = due
            continue
        if not in_actions and not COMMIT_CUE.search(s.text) and not _NAME_TO.match(s.text) \
                and not _SELF_START.match(s.text) and not _LETS.match(s.text) \
                and not _assigned(s.text, names):
            continue
        pos = 0
        for part in _clauses(s.text):
            start = s.text.find(part, pos)
            pos = start + len(part)
            parsed = _parse(part, names, in_actions)
            if not parsed:
                continue
            owner, action = parsed
            if s.owner and start == 0:
                owner = _owner(s.owner, names) or s.owner  # "TODO (Ollie): ..."
            if s.speaker and owner == "me" and s.speaker.strip("#").lower() not in ("me", "i"):
                owner = s.speaker  # in a transcript, "I" is whoever is speaking
            if _NEXT_START.match(part) or (NEXT_CUE.search(part)
                                           and _TALK_VERB.match(action.strip())):
                continue  # "we'll pick up FIRE next time" is a topic, not a task
            due, action = _due(action)
            if NEXT_CUE.search(action) and not COMMIT_CUE.search(part):
                continue
            action = action.strip().rstrip(".;: ")
            action = re.sub(r"\s+[-–—]\s+will\b.*$|[,;]?\s*\b(?:target|deadline|due)$", "",
                            action, flags=re.I)
            action = clean(re.sub(r"\s*[-–—]\s*$", "", action).rstrip(". "))
            if len(action.split()) < 2:
                continue
            items.append(ActionItem(owner=owner, action=action, due=due, source=Excerpt(
                text=part, start=s.start + start, end=s.start + start + len(part))))
    return items
