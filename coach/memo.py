"""A bounded, thread-safe map that forgets the least recently used entry first.

Retrieval repeats itself: a refinement asks the library what its plan asked, many juniors
prepare the same topic, and every search reads the stored vectors of the same few hundred
passages. The index keeps those answers in maps of this kind, each with a fixed number of
entries, and empties them when the library changes.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable, Iterable
from typing import Any


class Bounded:
    """At most `size` entries; the least recently used goes first."""

    def __init__(self, size: int) -> None:
        self.size = max(1, int(size))
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable, default: Any = None) -> Any:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                self.hits += 1
                return self._items[key]
            self.misses += 1
            return default

    def get_many(self, keys: Iterable[Hashable]) -> dict[Hashable, Any]:
        """The entries found among `keys` (absent keys are left out)."""
        found: dict[Hashable, Any] = {}
        with self._lock:
            for key in keys:
                if key in self._items:
                    self._items.move_to_end(key)
                    found[key] = self._items[key]
                    self.hits += 1
                else:
                    self.misses += 1
        return found

    def put(self, key: Hashable, value: Any) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)
