"""What a streamed reply is made of, beside plain text: an instruction to replace the turn.

``Replace`` is a ``str`` so anything that shows text can show it; a consumer that appends
text checks for it first and shows it instead of what it has so far.
"""

from __future__ import annotations

from coach.sanitise import StreamSanitiser


class Replace(str):
    """The whole turn, replacing everything streamed before it."""

    __slots__ = ()

    @property
    def text(self) -> str:
        return str(self)


class ProseSanitiser(StreamSanitiser):
    """StreamSanitiser that holds text only inside something that can be a tag or a link.

    A ``<`` opens a tag only when a letter, ``/`` or ``!`` follows it, so prose such as
    ``<<< note`` or ``a < b`` is released as it comes instead of waiting for the end.
    """

    def feed(self, token: str) -> str:
        self.pending += token
        depth, cut = 0, -1
        text = self.pending
        for i, ch in enumerate(text):
            nxt = text[i + 1 : i + 2]
            if ch in "[(" or (ch == "<" and (not nxt or nxt.isalpha() or nxt in "/!")):
                depth += 1
            elif ch in "])>" and depth:
                depth -= 1
            elif ch.isspace() and depth == 0:
                cut = i
        if cut < 0:
            return ""
        out, self.pending = self.pending[: cut + 1], self.pending[cut + 1 :]
        return self._release(out)
