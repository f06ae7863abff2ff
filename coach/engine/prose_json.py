"""An answer that is prose first, then JSON: the prose is shown as it streams, the JSON checked.

In prompt mode the model writes its sentences, then a line holding only ``DELIMITER``, then
the JSON object. Nothing else ends the prose: a rule, a fence or a brace inside it is prose.
While the answer streams, only a tail that could still become the delimiter is held back.
An answer without the delimiter is invalid (``MissingDelimiter``): the model is asked once
more, with that reason, and the caller is told the prose it showed was not a clean part.

In a JSON mode (``response_format`` or tools) the whole answer is the object and the prose is
its first field, ``changes``, decoded as it streams.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Generic, TypeVar

from coach.engine.llm import Call, ModelOutputInvalid
from coach.engine.structured import Capabilities, repair, stream_structured

if TYPE_CHECKING:  # a configured model brings the client libraries in
    from langchain_core.language_models import BaseChatModel

T = TypeVar("T")
DELIMITER = "=== PLAN JSON ==="
_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/", "r": "", "b": "", "f": ""}


class MissingDelimiter(ModelOutputInvalid):
    """A prompt-mode answer without the line between its prose and its JSON."""


def _held(text: str) -> int:
    """How many trailing characters could still be the start of the delimiter."""
    for n in range(min(len(DELIMITER) - 1, len(text)), 0, -1):
        if text.endswith(DELIMITER[:n]):
            return n
    return 0


def _decode_string(text: str, start: int) -> str:
    """A JSON string's value from ``start`` (after its opening quote) as far as it is
    complete: an escape cut off by the stream waits for the next piece."""
    out, i = [], start
    while i < len(text) and text[i] != '"':
        if text[i] != "\\":
            out.append(text[i])
            i += 1
            continue
        nxt = text[i + 1 : i + 2]
        if not nxt or (nxt == "u" and len(text) < i + 6):
            break
        if nxt == "u":
            try:
                out.append(chr(int(text[i + 2 : i + 6], 16)))
            except ValueError:
                pass
            i += 6
            continue
        out.append(_ESCAPES.get(nxt, nxt))
        i += 2
    return "".join(out)


class ProseSplitter:
    """Split a streamed answer into its prose (released as it comes) and the JSON after it."""

    def __init__(self, json_mode: bool) -> None:
        self.json_mode = json_mode
        self.text = ""
        self.shown = 0

    def feed(self, piece: str) -> str:
        self.text += piece
        return self._more(final=False)

    def finish(self) -> str:
        return self._more(final=True)

    @property
    def delimited(self) -> bool:
        """Whether the prose ended where it was meant to (always, in a JSON mode)."""
        return self.json_mode or DELIMITER in self.text

    def json_text(self) -> str:
        """The JSON part of the answer; MissingDelimiter when a prompt-mode answer has none."""
        if self.json_mode:
            return self.text
        at = self.text.find(DELIMITER)
        if at < 0:
            raise MissingDelimiter(
                f"The answer has no line `{DELIMITER}` between the sentences about what "
                "changed and the plan. Write the sentences, then that line, then the JSON."
            )
        return self.text[at + len(DELIMITER) :]

    def _more(self, final: bool) -> str:
        visible = self._changes_value() if self.json_mode else self._prose(final)
        out, self.shown = visible[self.shown :], max(self.shown, len(visible))
        return out

    def _prose(self, final: bool) -> str:
        at = self.text.find(DELIMITER)
        if at >= 0:
            return self.text[:at]
        return self.text if final else self.text[: len(self.text) - _held(self.text)]

    def _changes_value(self) -> str:
        key = self.text.find('"changes"')
        colon = self.text.find(":", key + 9) if key >= 0 else -1
        quote = self.text.find('"', colon + 1) if colon >= 0 else -1
        return _decode_string(self.text, quote + 1) if quote >= 0 else ""


class ProseThenJSON(Generic[T]):
    """One streamed answer: ``prose()`` yields the prose as it arrives; ``result()`` then
    validates the JSON part.

    An invalid JSON part (or none) is asked for once more, with the reason, and that answer
    (the JSON alone) validated; a second failure raises ModelOutputInvalid. Model failures
    raise ModelUnavailable, as ``stream_structured`` does.
    """

    def __init__(
        self,
        llm: BaseChatModel,
        call: Call,
        validate: Callable[[str], T],
        *,
        deadline: float,
        caps: Capabilities | None,
        json_mode: bool,
        retries: int = 0,
        backoff: float = 0.0,
    ) -> None:
        self.llm, self.call, self.validate = llm, call, validate
        self.deadline, self.caps, self.retries, self.backoff = deadline, caps, retries, backoff
        self.splitter = ProseSplitter(json_mode)
        self._done = False

    @property
    def delimited(self) -> bool:
        """False: the prose shown may hold more than the model's sentences."""
        return self.splitter.delimited

    def prose(self) -> Iterator[str]:
        """Every character of the prose, as it streams."""
        for piece in stream_structured(
            self.llm,
            self.call,
            self.deadline,
            self.caps,
            retries=self.retries,
            backoff=self.backoff,
        ):
            if out := self.splitter.feed(piece):
                yield out
        self._done = True
        if out := self.splitter.finish():
            yield out

    def result(self) -> T:
        """The validated JSON part (asked for again once when it is unusable)."""
        if not self._done:
            raise RuntimeError("The prose must be read to the end first.")
        try:
            return self.validate(self.splitter.json_text())
        except (ValueError, ModelOutputInvalid) as exc:
            return repair(
                self.llm,
                self.call,
                self.validate,
                self.splitter.text,
                str(exc),
                deadline=self.deadline,
                caps=self.caps,
                retries=self.retries,
                backoff=self.backoff,
            )
