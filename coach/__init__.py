"""Turntable: a coach for reverse mentoring programs.

The package holds the retrieval index, the coach engine, the system of record and the
anonymiser. It never imports Gradio; ``app.py`` and ``coach.cli`` are the edges.
"""

__version__ = "0.1.0"
