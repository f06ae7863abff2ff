"""The share preview in a real browser: removals are highlighted inside the running text.

The preview is the sharer's one chance to see what goes. Gradio's highlighted text lays each
piece out as a box and breaks words anywhere ("pot/s"), so a long note read as a ragged column
with names on lines of their own. This renders the preview component as the Reflect view
builds it, with the app's CSS, in Chromium at a phone-like width.
"""

from __future__ import annotations

import gradio as gr
import pytest

from coach.anonymise import anonymise
from tests.index_fixtures import free_port
from ui import CSS

pytestmark = pytest.mark.browser

NOTE = (
    "We compared how friends pick savings pots and which debit card they keep in the app; "
    "nobody under thirty opens a branch account any more, and most of them switch "
    "whenever a card offers better cashback on groceries. Met Omar bin Waleed Al Harthy from "
    "finance today, and Priya Raghunathan will send the onboarding funnel by Friday.\n"
    "Next time: renting versus buying."
)

# Each word of the preview: does it sit on one line, and is each removal on the line where
# the text before it ends?
MEASURE = """
() => {
  const root = document.querySelector('#share-hl');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const broken = [];
  const words = [];
  let node;
  while ((node = walker.nextNode())) {
    const re = /[\\p{L}\\p{N}]+/gu;
    let m;
    while ((m = re.exec(node.data))) {
      const r = document.createRange();
      r.setStart(node, m.index);
      r.setEnd(node, m.index + m[0].length);
      const rects = [...r.getClientRects()].filter(x => x.width > 0);
      const tops = new Set(rects.map(x => Math.round(x.top / 4)));
      if (tops.size > 1) broken.push(m[0]);
      if (rects.length) words.push([m[0], rects[0].top, rects[0].bottom, rects[0].left,
                                    rects[rects.length - 1].right, rects[0].width]);
    }
  }
  return {broken, words, right: root.querySelector('.textfield').getBoundingClientRect().right};
}
"""


@pytest.fixture()
def preview_url() -> str:
    anon = anonymise(NOTE)
    with gr.Blocks() as demo:
        gr.HighlightedText(
            value=anon.segments(),
            label="Your notes, with what will be removed",
            combine_adjacent=True,
            show_legend=False,
            show_inline_category=True,
            elem_id="share-hl",
        )
    port = free_port()
    demo.launch(
        server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, css=CSS, quiet=True
    )
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        demo.close()


def test_removals_sit_inside_the_text_and_words_stay_whole(browser, preview_url: str) -> None:
    from playwright.sync_api import expect

    context = browser.new_context(viewport={"width": 420, "height": 900})
    page = context.new_page()
    page.goto(preview_url)
    expect(page.locator("#share-hl")).to_contain_text("PERSON")
    found = page.evaluate(MEASURE)
    assert found["broken"] == [], f"words broken across lines: {found['broken']}"
    words = found["words"]
    text = [w[0] for w in words]
    # Every removal starts on the line where the text before it ends, unless that line was full.
    for name in ("Omar", "Priya"):
        i = text.index(name)
        before, first = words[i - 1], words[i]
        new_line = first[1] >= before[2] - 1
        room = found["right"] - before[4]
        assert not (new_line and room > first[5] + 40), (
            f"{name!r} was pushed to a new line with {room:.0f}px free after {before[0]!r}"
        )
    # The note's own line break is still shown.
    assert words[text.index("Next")][1] >= words[text.index("Friday")][2] - 1
    context.close()
