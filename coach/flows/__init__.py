"""The application layer: one function per use case, shared by the UI, the API and the CLI.

Each flow takes the acting person and typed inputs and returns typed results; it owns what used
to be worked out at each edge (session numbers, earlier takeaways, action-item owners and due
dates). Nothing here imports Gradio.
"""
