"""The eight areas where a junior mentor brings perspective, plus `general`."""

from __future__ import annotations

TOPICS: dict[str, str] = {
    "technology": "Technology, social media and mobile",
    "consumer-behaviour": "Consumer behaviour: how my generation buys",
    "recruitment": "Recruitment: finding people through networks",
    "talent": "Talent management: what we value at work",
    "money": "Money: saving, wealth and retirement",
    "ownership": "Ownership: renting rather than buying",
    "transferable-skills": "Skills from other jobs, careers and industries",
    "esg": "ESG: environmental, social and governance issues",
}
GENERAL = "general"
ALL_TOPICS = (*TOPICS, GENERAL)

# What a chunk is. Retrieval filters on these.
KINDS = (
    "guidance",  # program guide, HR playbook, facilitation tips
    "topic-guide",  # context, pitfalls and things to bring for one topic
    "question-bank",  # open questions for one topic
    "reflection-prompts",  # prompts for seniors after a session
    "shared-note",  # anonymised, approved (or synthetic) past-session notes
)

# Who may retrieve a chunk. Private text never enters the index at all.
VISIBILITIES = ("everyone", "hr")


def normalise_topic(value: str | None) -> str:
    """Map a label, slug or free text to a topic slug; unknown text becomes `general`."""
    if not value:
        return GENERAL
    v = value.strip().lower()
    if v in TOPICS or v == GENERAL:
        return v
    for slug, label in TOPICS.items():
        if v == label.lower() or v == slug.replace("-", " "):
            return slug
    return GENERAL
