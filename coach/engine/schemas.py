"""The shapes the coach hands back: a session plan and a reflection.

They are pydantic models so a model's JSON can be validated against the same types the
offline coach fills in, and so the UI, CLI and downloads all read one structure.
"""

from __future__ import annotations

from pydantic import BaseModel, Field, field_validator

from coach.topics import normalise_topic

MIN_MINUTES = 30
MAX_MINUTES = 60
MIN_QUESTIONS = 5
MAX_QUESTIONS = 8


class PrepareRequest(BaseModel):
    """What the junior tells the coach before a session."""

    topic: str = Field(min_length=1, max_length=200)
    role: str = Field(default="senior leader", max_length=200)
    goal: str = Field(default="", max_length=2000)
    session_number: int = Field(default=1, ge=1, le=100)
    earlier_takeaways: list[str] = Field(default_factory=list, max_length=50)
    wishes: str = Field(default="", max_length=4000)
    minutes: int = Field(default=45, ge=MIN_MINUTES, le=MAX_MINUTES)

    @field_validator("topic", "role")
    @classmethod
    def _strip(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("must not be blank")
        return value

    @property
    def topic_slug(self) -> str:
        return normalise_topic(self.topic)


class AgendaItem(BaseModel):
    minutes: int = Field(ge=1, le=MAX_MINUTES)
    title: str = Field(min_length=1)
    detail: str = ""
    citations: list[str] = Field(default_factory=list)


class Question(BaseModel):
    text: str = Field(min_length=3)
    why: str = ""
    citations: list[str] = Field(default_factory=list)


class CitedItem(BaseModel):
    text: str = Field(min_length=1)
    citations: list[str] = Field(default_factory=list)


class SessionPlan(BaseModel):
    """A plan for one session: timed agenda, open questions, what to bring, what to avoid."""

    request: PrepareRequest
    agenda: list[AgendaItem]
    questions: list[Question] = Field(min_length=MIN_QUESTIONS, max_length=MAX_QUESTIONS)
    bring: list[CitedItem] = Field(default_factory=list)
    pitfalls: list[CitedItem] = Field(default_factory=list)
    sources: list[dict] = Field(default_factory=list)
    mode: str = "offline"
    notice: str = ""
    changes: str = ""  # what a refine turn changed, in a sentence or two

    @property
    def total_minutes(self) -> int:
        return sum(item.minutes for item in self.agenda)


class Excerpt(BaseModel):
    """A piece of the notes a result was drawn from: the sentence and where it sits."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Takeaway(BaseModel):
    text: str = Field(min_length=1)
    source: Excerpt


class ActionItem(BaseModel):
    owner: str = "me"
    action: str = Field(min_length=1)
    due: str | None = None
    source: Excerpt


class Reflection(BaseModel):
    """What a senior's notes add up to, each part traceable to the notes."""

    summary: str
    takeaways: list[Takeaway] = Field(default_factory=list)
    assumptions: list[Takeaway] = Field(default_factory=list)
    action_items: list[ActionItem] = Field(default_factory=list)
    next_topics: list[Takeaway] = Field(default_factory=list)
    prompts: list[CitedItem] = Field(default_factory=list)
    sources: list[dict] = Field(default_factory=list)
    mode: str = "offline"
    notice: str = ""
