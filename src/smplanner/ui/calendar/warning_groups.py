"""The warnings panel's lines: one per cause, with the posts it concerns under it.

"Instagram: serves no objective" is said once with its posts below, not once per
post; a near-identical pair once (the domain names each pair once, smaller id
first); a weekly cap once per network and week. Each post line names the post
(day and time, network, title) so that it can be found without opening anything.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from smplanner.domain import post_limits
from smplanner.domain import rule_warnings as rules
from smplanner.domain.networks import network
from smplanner.domain.post_refs import PostRef
from smplanner.domain.rule_warnings import RuleWarning
from smplanner.texts.warning_texts import DAY_FORMAT, limit_cause_text, warning_text

# Limits whose post lines need no figure (the cause says it all).
_NO_FIGURE = (post_limits.MEDIA_REQUIRED,)
TITLE_CHARS = 48  # a post line's title (or first words of its text)
# Kinds said once per network, their posts under them.
_PER_NETWORK = (rules.NIGHT, rules.WEEKEND, rules.PEAK, rules.NO_PILLAR, rules.NO_OBJECTIVE)
# The order of causes in the panel: what costs the client most first.
_ORDER = (
    post_limits.POST_LIMIT,  # the network would refuse or cut the post
    rules.CAP,
    rules.SAME_TEXT,
    rules.GAP,
    rules.NO_OBJECTIVE,
    rules.NO_PILLAR,
    rules.PEAK,
    rules.NIGHT,
    rules.WEEKEND,
)


@dataclass(eq=False)
class WarningLine:
    """One line of the panel: a cause (with ``children``) or a post under it.

    The words are made when the line is first shown (``text``): a month of a large
    plan has thousands of post lines, and only the opened causes show theirs.
    """

    post_ids: tuple[int, ...] = ()
    children: list[WarningLine] = field(default_factory=list)
    parent: WarningLine | None = field(default=None, repr=False)
    row: int = 0
    make_text: Callable[[], str] | None = field(default=None, repr=False)
    _text: str | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.make_text() if self.make_text is not None else ""
        return self._text


def post_label(post: PostRef | None, post_id: int) -> str:
    """'lun. 13 oct. 09:30 · Instagram · « Galette des rois »' (what names a post)."""
    if post is None:
        return QCoreApplication.translate("WarningGroups", "post %1").replace("%1", str(post_id))
    locale = QLocale()
    when = (
        locale.toString(
            QDate(post.scheduled_at.year, post.scheduled_at.month, post.scheduled_at.day),
            DAY_FORMAT,
        )
        + f" {post.scheduled_at:%H:%M}"
        if post.scheduled_at is not None
        else QCoreApplication.translate("WarningGroups", "idea")
    )
    title = (post.title or post.text).strip().replace("\n", " ")
    if len(title) > TITLE_CHARS:
        title = title[: TITLE_CHARS - 1].rstrip() + "…"
    quoted = (
        QCoreApplication.translate("WarningGroups", "“%1”").replace("%1", title)
        if title
        else QCoreApplication.translate("WarningGroups", "(no title)")
    )
    return f"{when} · {network(post.network).name} · {quoted}"


def _count(n: int) -> str:
    return (
        QCoreApplication.translate("WarningGroups", "1 post")
        if n == 1
        else QCoreApplication.translate("WarningGroups", "%1 posts").replace("%1", str(n))
    )


def _cause_key(warning: RuleWarning) -> tuple[object, ...]:
    if warning.kind in _PER_NETWORK:
        return (warning.kind, warning.network)
    if warning.kind == rules.SAME_TEXT:
        return (warning.kind, tuple(sorted(warning.params.get("networks", ()))))
    if warning.kind == post_limits.POST_LIMIT:  # once per network and limit, posts below
        return (warning.kind, warning.network, warning.params["what"], warning.params["detail"])
    return (warning.kind, warning.network, warning.post_ids, repr(sorted(warning.params.items())))


def _cause_text(warning: RuleWarning, count: int) -> str:
    if warning.kind == rules.NIGHT:
        text = QCoreApplication.translate("WarningGroups", "%1: posted at night").replace(
            "%1", network(warning.network or "").name
        )
    elif warning.kind == rules.PEAK:
        bare = RuleWarning(warning.kind, warning.post_ids, warning.network, {})
        text = warning_text(bare)
    elif warning.kind == post_limits.POST_LIMIT:
        return f"{limit_cause_text(warning)} — {_count(count)}"
    elif warning.kind == rules.SAME_TEXT:
        text = warning_text(warning)
        if count > 1:
            pairs = QCoreApplication.translate("WarningGroups", "%1 pairs")
            text += " — " + pairs.replace("%1", str(count))
        return text
    else:
        text = warning_text(warning)
    if warning.kind in _PER_NETWORK:
        text += f" — {_count(count)}"
    return text


def _child_text(warning: RuleWarning, posts: dict[int, PostRef]) -> str:
    if warning.kind == rules.SAME_TEXT:
        a, b = warning.post_ids
        similarity = round(100 * float(warning.params.get("similarity", 1.0)))
        return (
            QCoreApplication.translate("WarningGroups", "%1 and %2 (%3 % alike)")
            .replace("%1", post_label(posts.get(a), a))
            .replace("%2", post_label(posts.get(b), b))
            .replace("%3", str(similarity))
        )
    [post_id] = warning.post_ids
    text = post_label(posts.get(post_id), post_id)
    if warning.kind == post_limits.POST_LIMIT and warning.params["what"] not in _NO_FIGURE:
        text += f" — {warning_text(warning).split(': ', 1)[-1]}"
    suggestion = warning.params.get("suggestion")
    if warning.kind == rules.PEAK and suggestion is not None:
        text += " — " + QCoreApplication.translate("WarningGroups", "quieter nearby: %1").replace(
            "%1", f"{suggestion:%H:%M}"
        )
    return text


def group_warnings(warnings: list[RuleWarning], posts: dict[int, PostRef]) -> list[WarningLine]:
    """The panel's lines, causes in a fixed order, posts by date under each.

    Pure Python and Qt's thread-safe translate/QLocale: the calendar runs it on its
    warnings worker; texts are made later, when shown.
    """
    causes: dict[tuple[object, ...], list[RuleWarning]] = {}
    for warning in warnings:
        causes.setdefault(_cause_key(warning), []).append(warning)
    rank = {post_id: i for i, post_id in enumerate(posts)}  # posts come in time order
    far = len(rank)

    lines: list[WarningLine] = []
    for key in sorted(causes, key=lambda k: _ORDER.index(k[0]) if k[0] in _ORDER else 99):
        members = causes[key]
        first = members[0]
        ids = tuple(dict.fromkeys(i for w in members for i in w.post_ids))
        line = WarningLine(ids, make_text=partial(_cause_text, first, len(members)))
        if first.kind in _PER_NETWORK or first.kind in (rules.SAME_TEXT, post_limits.POST_LIMIT):
            ordered = sorted(members, key=lambda w: (rank.get(w.post_ids[0], far), w.post_ids))
            line.children = [
                WarningLine(w.post_ids, make_text=partial(_child_text, w, posts)) for w in ordered
            ]
        elif first.kind == rules.CAP:
            ordered_ids = sorted(first.post_ids, key=lambda i: rank.get(i, far))
            line.children = [
                WarningLine((i,), make_text=partial(post_label, posts.get(i), i))
                for i in ordered_ids
            ]
        for row, child in enumerate(line.children):
            child.parent, child.row = line, row
        line.row = len(lines)
        lines.append(line)
    return lines
