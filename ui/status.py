"""The line under the brand: which model answers, and how much the library holds.

Shown at page load and given again by every event that changes the library (an upload, a
delete, a re-index), so it is never stale until a reload.
"""

from __future__ import annotations

from urllib.parse import urlparse

from ui.common import safe
from ui.deps import Deps


def status_line(deps: Deps) -> str:
    """Which model answers, or that the offline coach does, and what the library holds."""
    if deps.offline:
        coach = (
            "**Offline coach**: no language model is configured, so plans and summaries "
            "come from the guidance library and your own words."
        )
    else:
        where = urlparse(deps.settings.openai_base_url or "https://api.openai.com").netloc
        coach = (
            f"**Model:** {safe(deps.model_label.removeprefix('model:'))} at "
            f"{safe(where)}; if it fails, the offline coach answers and says so."
        )
    coach = f"{coach} {safe(deps.coach.model_status)}" if deps.coach.model_status else coach
    return f"{coach} {library_line(deps)}"


def library_line(deps: Deps) -> str:
    """How many passages the library holds now."""
    chunks = deps.index.count()
    return f"Library: {chunks} passages." if chunks else "The library is empty: run `coach ingest`."
