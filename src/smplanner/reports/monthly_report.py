"""The client report a manager sends each month (or quarter, or campaign): one PDF.

The SMART objectives' progress, published against planned per network (and against
the period before), the results (interactions per network, top and flop posts with
their figures and picture, through reports/media_thumbnails.py), the engagement by
content pillar beside the workshop's mix, by time slot, and the key dates to come;
under each title, the manager's commentary kept in the plan. Laid out with
QTextDocument and printed with Qt's PDF writer (QtGui only).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from smplanner import __version__
from smplanner.domain.monthly_figures import GroupFigures, PostResult, period_figures
from smplanner.domain.pillar_results import pillar_results
from smplanner.domain.report_periods import MONTH, QUARTER, ReportPeriod, month_period
from smplanner.reports.html_blocks import (
    STYLESHEET,
    network_badge,
    network_name,
    paragraph,
    table,
    text,
)
from smplanner.reports.media_thumbnails import MediaThumbnails
from smplanner.reports.monthly_objectives import objectives_progress_html
from smplanner.reports.report_brand import brand_logo, brand_stylesheet
from smplanner.reports.report_document import report_document
from smplanner.reports.report_language import ReportLanguage
from smplanner.storage.plan_file import PlanFile

THUMB_PX = 90
LOGO_PX = 60
_T = "MonthlyReport"
TITLES: dict[str, str] = {
    "objectives": str(QT_TRANSLATE_NOOP("MonthlyReport", "Objectives' progress")),
    "published": str(QT_TRANSLATE_NOOP("MonthlyReport", "Published against planned")),
    "results": str(QT_TRANSLATE_NOOP("MonthlyReport", "Results of the month")),
    "pillars": str(QT_TRANSLATE_NOOP("MonthlyReport", "Engagement by content pillar")),
    "slots": str(QT_TRANSLATE_NOOP("MonthlyReport", "Engagement by time slot")),
    "key_dates": str(QT_TRANSLATE_NOOP("MonthlyReport", "Key dates of the month to come")),
}
# A quarter's or a campaign's report says "the period" where a month's says "the month".
PERIOD_TITLES: dict[str, str] = {
    "objectives": str(QT_TRANSLATE_NOOP("MonthlyReport", "Objectives' progress")),
    "results": str(QT_TRANSLATE_NOOP("MonthlyReport", "Results of the period")),
    "key_dates": str(QT_TRANSLATE_NOOP("MonthlyReport", "Key dates to come")),
}
SLOT_NAMES: dict[str, str] = {
    "morning": str(QT_TRANSLATE_NOOP("MonthlyReport", "Morning (6–12 h)")),
    "afternoon": str(QT_TRANSLATE_NOOP("MonthlyReport", "Afternoon (12–18 h)")),
    "evening": str(QT_TRANSLATE_NOOP("MonthlyReport", "Evening (18–24 h)")),
    "night": str(QT_TRANSLATE_NOOP("MonthlyReport", "Night (0–6 h)")),
}


@dataclass(frozen=True)
class MonthlyOptions:
    month: date
    language: str = "fr"
    manager_name: str = ""
    logo_path: Path | None = None
    period: ReportPeriod | None = None  # a quarter or a campaign; None: ``month``
    today: date | None = None  # objectives are measured up to it (None: today)

    def chosen_period(self) -> ReportPeriod:
        return self.period or month_period(self.month)


class MonthlyReport:
    """Reads the plan once and builds the report's HTML and images."""

    def __init__(self, plan: PlanFile, options: MonthlyOptions) -> None:
        from smplanner.services import (
            calendar_key_dates,
            calendar_queries,
            monthly_report_notes,
            report_branding,
            statistics_queries,
            strategy_queries,
        )
        from smplanner.storage.plan_properties_repo import read_properties

        self.plan = plan
        self.options = options
        self.lang = ReportLanguage(options.language)
        self.properties = read_properties(plan)
        self.period = period = options.chosen_period()
        before = period.previous()
        posts = calendar_queries.posts_between(plan, before.first, period.after)
        try:
            figures = statistics_queries.figures_of_planned_posts(plan)
        except Exception:
            figures = {}
        pillars = strategy_queries.content_pillars(plan)
        names = {p.id: p.name for p in pillars}
        no_pillar = self.tr("No pillar")
        self.figures = period_figures(period.first, period.after, posts, figures, names, no_pillar)
        self.previous = period_figures(before.first, before.after, posts, figures, names, no_pillar)
        self.mix = pillar_results(posts, pillars, figures, period.first, period.after)
        coming, coming_after = period.coming()
        every = calendar_key_dates.key_dates_of_years(
            plan, date(coming.year - 1, 1, 1), coming_after
        )
        seen: set[tuple[str, date]] = set()
        self.key_dates = []
        for key in every:  # the dates touching the days to come, each once
            touches = key.starts_on < coming_after and key.ends_on >= coming
            if touches and (key.id, key.starts_on) not in seen:
                seen.add((key.id, key.starts_on))
                self.key_dates.append(key)
        self.comments = monthly_report_notes.period_comments(plan, period.key)
        self.thumbnails = MediaThumbnails(plan)
        self.branding = report_branding.branding(plan)
        self.images: dict[str, QImage] = {}

    def tr(self, source: str) -> str:
        return self.lang.translate(_T, source)

    @property
    def monthly(self) -> bool:
        return self.period.kind == MONTH

    def title(self) -> str:
        """ "Monthly report — janvier 2027", "Quarterly report — Q1 2027", or the
        campaign's name and days."""
        period, lang = self.period, self.lang
        if period.kind == MONTH:
            return self.tr("Monthly report — %1").replace(
                "%1", lang.month_title(period.first.year, period.first.month)
            )
        if period.kind == QUARTER:
            return (
                self.tr("Quarterly report — Q%1 %2")
                .replace("%1", str(period.quarter))
                .replace("%2", str(period.first.year))
            )
        return (
            self.tr("Campaign report — %1, %2 to %3")
            .replace("%1", period.campaign_name)
            .replace("%2", lang.long_date(period.first))
            .replace("%3", lang.long_date(period.last_day))
        )

    # ------------------------------------------------------------- sections

    def _section(self, section: str, body: str) -> str:
        comment = self.comments.get(section, "")
        note = (
            f'<p style="background-color: #F3F6FA; padding: 6px;"><i>{text(comment)}</i></p>'
            if comment
            else ""
        )
        titles = TITLES if self.monthly else {**TITLES, **PERIOD_TITLES}
        return f"<h1>{text(self.tr(titles[section]))}</h1>{note}{body}"

    def _objectives(self) -> list[str]:
        """The objectives' progress at the period's end; nothing without objectives."""
        body = objectives_progress_html(
            self.plan,
            self.lang.code,
            self.period.last_day,
            self.options.today or date.today(),
        )
        return [self._section("objectives", body)] if body else []

    def _published(self) -> str:
        f, p, lang = self.figures, self.previous, self.lang
        networks = sorted(set(f.planned) | set(p.planned))
        rows = [
            (
                network_badge(n),
                lang.number(f.planned.get(n, 0)),
                lang.number(f.published.get(n, 0)),
                lang.number(p.published.get(n, 0)),
            )
            for n in networks
        ]
        rows.append(
            (
                "<b>" + text(self.tr("Total")) + "</b>",
                lang.number(sum(f.planned.values())),
                lang.number(sum(f.published.values())),
                lang.number(sum(p.published.values())),
            )
        )
        headers = [
            self.tr("Network"),
            self.tr("Planned"),
            self.tr("Published"),
            self.tr("Published the month before")
            if self.monthly
            else self.tr("Published the period before"),
        ]
        if not networks:
            return paragraph(
                self.tr("Nothing was planned this month.")
                if self.monthly
                else self.tr("Nothing was planned in this period.")
            )
        return table(headers, rows, numeric=(1, 2, 3), raw=True)

    def _results(self) -> str:
        f, lang = self.figures, self.lang
        if not f.results:
            return paragraph(
                self.tr(
                    "No statistics matched to this month's posts yet: import the networks' "
                    "exports in the Statistics tab."
                )
                if self.monthly
                else self.tr(
                    "No statistics matched to this period's posts yet: import the networks' "
                    "exports in the Statistics tab."
                )
            )
        change = f.total_interactions - self.previous.total_interactions
        sign = "+" if change >= 0 else "−"
        lines = [
            paragraph(
                (
                    self.tr("%1 interactions this month (%2 against the month before).")
                    if self.monthly
                    else self.tr("%1 interactions in the period (%2 against the period before).")
                )
                .replace("%1", lang.number(f.total_interactions))
                .replace("%2", sign + lang.number(abs(change)))
            ),
            self._groups_table(f.by_network, self.tr("Network"), badge=True),
            "<h2>" + text(self.tr("Top posts")) + "</h2>",
            self._posts_table(f.top()),
        ]
        if f.flop():
            lines += [
                "<h2>" + text(self.tr("Posts that did least well")) + "</h2>",
                self._posts_table(f.flop()),
            ]
        return "".join(lines)

    def _groups_table(self, groups: list[GroupFigures], first: str, *, badge: bool = False) -> str:
        lang = self.lang
        rows = [
            (
                network_badge(g.key) if badge else text(g.key),
                lang.number(g.posts),
                lang.number(g.interactions),
                lang.number(g.mean, 1) if g.mean is not None else "–",
            )
            for g in groups
        ]
        headers = [first, self.tr("Posts"), self.tr("Interactions"), self.tr("Per measured post")]
        return table(headers, rows, numeric=(1, 2, 3), raw=True)

    def _thumb(self, result: PostResult) -> str:
        """The post's first picture: a medium stored in the plan (its thumbnail), a
        picture beside the plan, a video's frame; '' when it has none."""
        return self.thumbnails.strip(result.post.media[:1], THUMB_PX)

    def _posts_table(self, results: list[PostResult]) -> str:
        lang = self.lang
        rows = []
        for result in results:
            post = result.post
            assert post.scheduled_at is not None
            words = text(post.title or post.text[:80])
            rows.append(
                (
                    self._thumb(result),
                    f"{words}<br/><small>{text(network_name(post.network))} · "
                    f"{text(lang.short_date(post.scheduled_at))}</small>",
                    lang.number(result.interactions),
                    lang.number(result.reach) if result.reach is not None else "–",
                )
            )
        headers = ["", self.tr("Post"), self.tr("Interactions"), self.tr("Reach")]
        return table(headers, rows, numeric=(2, 3), widths=(14, 50, 18, 18), raw=True)

    def _pillars(self) -> str:
        body = self._groups_table(self.figures.by_pillar, self.tr("Pillar"))
        if self.mix.has_mix and self.mix.planned:
            rows = [
                (text(r.name), self.lang.percent(r.target), self.lang.percent(r.planned_share))
                for r in self.mix.rows
            ]
            body += (
                "<h2>"
                + text(self.tr("The editorial line kept"))
                + "</h2>"
                + table(
                    [
                        self.tr("Pillar"),
                        self.tr("Mix set in the workshop"),
                        self.tr("Share this month")
                        if self.monthly
                        else self.tr("Share of the period"),
                    ],
                    rows,
                    numeric=(1, 2),
                    raw=True,
                )
            )
        return body

    def _slots(self) -> str:
        groups = [
            GroupFigures(self.tr(SLOT_NAMES[g.key]), g.posts, g.measured, g.interactions)
            for g in self.figures.by_slot
        ]
        return self._groups_table(groups, self.tr("Time slot"))

    def _key_dates(self) -> str:
        if not self.key_dates:
            return paragraph(
                self.tr("No key date next month.")
                if self.monthly
                else self.tr("No key date in the weeks to come.")
            )
        rows = [
            (self.lang.long_date(k.starts_on), k.name(self.lang.code), k.source(self.lang.code))
            for k in self.key_dates
        ]
        return table(
            [self.tr("Date"), self.tr("Key date"), self.tr("Source")], rows, widths=(20, 35, 45)
        )

    def html(self) -> str:
        title = self.title()
        logo = ""
        image = brand_logo(self.branding, self.options.logo_path, LOGO_PX)
        if image is not None:
            self.images["logo"] = image
            logo = f'<p align="right"><img src="logo" height="{LOGO_PX}"/></p>'
        author = self.options.manager_name.strip()
        by = paragraph(self.tr("Prepared by %1").replace("%1", author)) if author else ""
        parts = [
            logo,
            '<p style="font-size: 22pt; font-weight: 600;">'
            f"{text(self.properties.client_name)}</p>",
            f'<p style="font-size: 14pt;">{text(title)}</p>',
            by,
            *self._objectives(),
            self._section("published", self._published()),
            self._section("results", self._results()),
            self._section("pillars", self._pillars()),
            self._section("slots", self._slots()),
            self._section("key_dates", self._key_dates()),
        ]
        self.images.update(self.thumbnails.images)
        return "<html><body>" + "".join(parts) + "</body></html>"


def _pdf_pages(path: Path) -> int:
    """Pages of a PDF Qt wrote (its page objects: "/Type /Page" but not "/Pages")."""
    data = path.read_bytes()
    return data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type /Page>")


def write_monthly_pdf(plan: PlanFile, options: MonthlyOptions, target: Path) -> int:
    """Write the month's report to ``target`` (through a temporary file); its pages."""
    report = MonthlyReport(plan, options)
    document = report_document(brand_stylesheet(STYLESHEET, report.branding))
    html = report.html()
    for name, image in report.images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(html)
    partial = target.with_name(target.name + ".part")
    writer = QPdfWriter(str(partial))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    writer.setTitle(f"{report.properties.client_name} — {report.title()}")
    writer.setCreator(f"smplanner {__version__}")
    # No page size set: print_() lays a copy out on the writer's pages at screen
    # resolution and scales it, so that 10.5 pt reads as 10.5 pt.
    document.print_(writer)
    pages = _pdf_pages(partial)
    partial.replace(target)
    return pages
