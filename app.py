"""Turntable's Gradio entry point: build dependencies, build the UI, launch on 127.0.0.1."""

from __future__ import annotations

import argparse
import os

import gradio as gr

from coach.index import open_index
from coach.settings import load_settings


def build(settings=None) -> gr.Blocks:  # noqa: ANN001
    settings = settings or load_settings()
    index = open_index(settings)

    def search(query: str, topic: str) -> str:
        from coach.errors import CoachError

        try:
            hits = index.search(query, k=5, topic=None if topic == "any" else topic)
        except CoachError as exc:
            raise gr.Error(str(exc)) from None
        return "\n\n".join(f"**{h.label}** (`{h.source}`)\n\n{h.text}" for h in hits) or "Nothing found."

    with gr.Blocks(title="Turntable") as demo:
        gr.Markdown("# Turntable\nSearch the reverse mentoring guidance library.")
        from coach.topics import ALL_TOPICS

        q = gr.Textbox(label="Search")
        t = gr.Dropdown(["any", *ALL_TOPICS], value="any", label="Topic")
        out = gr.Markdown()
        q.submit(search, [q, t], out, api_name="search")
    return demo


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve Turntable")
    parser.add_argument("--no-demo", action="store_true")
    parser.parse_args(argv)
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    settings = load_settings()
    build(settings).queue(default_concurrency_limit=4).launch(
        server_name=settings.host, server_port=settings.port
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
