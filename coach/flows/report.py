"""A one-page report on the program for leadership: Markdown, or PDF drawn with ReportLab.

The same measures as HR's Program view, each with how it is computed and The Hartford's
published figure, then the charts: each measure against The Hartford's where one exists,
and sessions per topic. Counts and ratings only; no note text is in the record's projections.
"""

from __future__ import annotations

import io
import re
import threading
import unicodedata
from collections import OrderedDict
from datetime import date
from xml.sax.saxutils import escape as xml_escape

from coach.flows.outcomes import Measures, program_measures
from coach.markdown_inert import escape as md_escape
from coach.record import ActorRef, Record
from coach.topics import TOPICS

FORMATS = ("md", "pdf")
BAR_WIDTH = 20  # characters of a full bar in the Markdown charts
# Every HR page load offers the PDF, and drawing it is most of that load's CPU, yet the
# figures seldom change between two loads: the last few PDFs are kept, keyed by everything
# drawn on them (so a changed figure, scope or day is drawn afresh), least recently used out.
REPORTS_KEPT = 16
_PDFS: OrderedDict[str, bytes] = OrderedDict()
_PDFS_LOCK = threading.Lock()


def reports_kept() -> int:
    return len(_PDFS)


def forget_reports() -> None:
    with _PDFS_LOCK:
        _PDFS.clear()


def topic_name(slug: str) -> str:
    return re.split(r"[:,]", TOPICS.get(slug, slug.capitalize()), maxsplit=1)[0]


def _title(m: Measures, scope: str | None = None) -> str:
    return f"Reverse mentoring: how the program is doing ({scope or m.scope})"


def _bar(share: float | None) -> str:
    filled = round((share or 0) * BAR_WIDTH)
    return "█" * filled + "░" * (BAR_WIDTH - filled)


def _md_charts(m: Measures) -> list[str]:
    lines = [
        "## Charts",
        "",
        "Each measure as a share, with The Hartford's where it published one:",
    ]
    lines += ["", "```text"]
    for x in m.measures:
        if x.of is None:
            continue
        pct = "  –" if x.share is None else f"{x.share * 100:3.0f}%"
        lines.append(f"{_short(x.label):<20} {_bar(x.share)} {pct}")
        if x.hartford_share is not None:
            hartford = f"{x.hartford_share * 100:3.0f}%"
            lines.append(f"{'  The Hartford':<20} {_bar(x.hartford_share)} {hartford}")
    lines += ["```", "", "Held sessions per topic:", "", "```text"]
    top = max(m.topics.values(), default=0)
    for slug, n in m.topics.items():
        bar = "█" * max(1, round(n / top * BAR_WIDTH)) if top else ""
        lines.append(f"{topic_name(slug).replace('`', chr(39))[:30]:<30} {bar} {n}")
    if not m.topics:
        lines.append("No sessions held yet.")
    lines.append("```")
    return lines


def report_markdown(m: Measures) -> str:
    """The report as Markdown: stored text (cycle names, topics) is escaped, never markup."""
    lines = [
        f"# {_title(m, md_escape(m.scope))}",
        "",
        f"As of {m.today:%d %B %Y}. A rating of 4 or 5 out of 5 counts as effective. "
        "Counts and ratings only: nobody's notes are in this report.",
        "",
        "| Measure | Figure | How it is computed | The Hartford |",
        "|---|---|---|---|",
    ]
    for x in m.measures:
        lines.append(f"| {x.label} | **{x.shown}** | {x.how} | {x.hartford} |")
    lines.append("")
    lines += _md_charts(m)
    return "\n".join(lines) + "\n"


def pdf_text(text: str) -> str:
    """Text the PDF's built-in fonts can draw (Latin-1), escaped for ReportLab's markup."""
    folded = unicodedata.normalize("NFKD", text)
    kept = "".join(
        ch if ch.encode("cp1252", "ignore") else ("" if unicodedata.combining(ch) else "?")
        for ch in folded.replace("–", "-")
    )
    return xml_escape(unicodedata.normalize("NFC", kept))


def _measure_chart(m: Measures):  # type: ignore[no-untyped-def]
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    shown = [x for x in m.measures if x.of is not None]
    drawing = Drawing(250, 190)
    drawing.add(String(0, 178, "Measures (%), grey: The Hartford", fontSize=9))
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 95, 10, 145, 160
    chart.data = [
        [round((x.share or 0) * 100) for x in reversed(shown)],
        [
            None if x.hartford_share is None else round(x.hartford_share * 100)
            for x in reversed(shown)
        ],
    ]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 25
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.categoryNames = [pdf_text(_short(x.label)) for x in reversed(shown)]
    chart.categoryAxis.labels.fontSize = 7
    chart.bars[0].fillColor = colors.HexColor("#2f6f9f")
    chart.bars[1].fillColor = colors.HexColor("#b0b0b0")
    chart.barLabelFormat = "%d"
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def _short(label: str) -> str:
    words = {
        "Sessions held against planned": "Sessions held",
        "Seniors rating it effective for their personal development": "Personal (seniors)",
        "Seniors rating it effective for the business": "Business (seniors)",
        "Junior mentors who felt heard": "Juniors heard",
        "Action items completed": "Items done",
        "Junior mentors progressed within 12 months": "Mentors progressed",
    }
    return words.get(label, label)


def _topic_chart(m: Measures):  # type: ignore[no-untyped-def]
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    drawing = Drawing(250, 190)
    drawing.add(String(0, 178, "Held sessions per topic", fontSize=9))
    topics = list(m.topics.items())[:8] or [("none yet", 0)]
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 25, 45, 215, 125
    chart.data = [[n for _, n in topics]]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(1, max(n for _, n in topics))
    chart.valueAxis.valueStep = max(1, chart.valueAxis.valueMax // 4)
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.categoryNames = [pdf_text(topic_name(t)[:16]) for t, _ in topics]
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.bars[0].fillColor = colors.HexColor("#2f6f9f")
    drawing.add(chart)
    return drawing


def report_pdf(m: Measures) -> bytes:
    """The report as a one-page A4 PDF with a table of the measures and two charts (drawn
    again only when something on it differs from a PDF drawn lately)."""
    key = repr((m.scope, m.today, m.measures, tuple(m.topics.items())))
    with _PDFS_LOCK:
        if (kept := _PDFS.get(key)) is not None:
            _PDFS.move_to_end(key)
            return kept
    drawn = _draw_pdf(m)
    with _PDFS_LOCK:
        _PDFS[key] = drawn
        while len(_PDFS) > REPORTS_KEPT:
            _PDFS.popitem(last=False)
    return drawn


def _draw_pdf(m: Measures) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    small = styles["BodyText"].clone("small", fontSize=7.5, leading=9)
    head = styles["BodyText"].clone("head", fontSize=8, leading=10, fontName="Helvetica-Bold")
    rows = [[Paragraph(h, head) for h in ("Measure", "Figure", "How it is computed", "Hartford")]]
    for x in m.measures:
        rows.append(
            [
                Paragraph(pdf_text(x.label), small),
                Paragraph(f"<b>{pdf_text(x.shown)}</b>", small),
                Paragraph(pdf_text(x.how), small),
                Paragraph(pdf_text(x.hartford), small),
            ]
        )
    table = Table(rows, colWidths=[40 * mm, 25 * mm, 68 * mm, 47 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#cccccc")),
            ]
        )
    )
    charts = Table([[_measure_chart(m), _topic_chart(m)]], colWidths=[90 * mm, 90 * mm])
    story = [
        Paragraph(pdf_text(_title(m)), styles["Heading2"]),
        Paragraph(
            pdf_text(
                f"As of {m.today:%d %B %Y}. A rating of 4 or 5 out of 5 counts as effective. "
                "Counts and ratings only: nobody's notes are in this report."
            ),
            small,
        ),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 5 * mm),
        charts,
    ]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=pdf_text(_title(m)),
        author="Turntable",
    )
    doc.build(story)
    return buf.getvalue()


def program_report(
    record: Record,
    actor: ActorRef,
    fmt: str,
    *,
    cycle_id: int | None = None,
    today: date | None = None,
) -> bytes:
    """The report in `fmt` ("md" or "pdf") as bytes (HR and admins only)."""
    if fmt not in FORMATS:
        from coach.errors import InvalidInput

        raise InvalidInput("The report's format must be md or pdf.")
    measures = program_measures(record, actor, cycle_id=cycle_id, today=today)
    if fmt == "md":
        return report_markdown(measures).encode("utf-8")
    return report_pdf(measures)
