"""The manager's brand on the client reports (white label): a main colour for the
titles, an accent for the tables' headers, and a logo, kept in the plan's properties
(plan_properties_repo's settings) so that every report of the plan carries them and
the plan file takes them wherever it goes (the logo's bytes, not a path).

Checked before they are kept: a colour is #RRGGBB, a logo a PNG or JPEG file of at
most MAX_LOGO_BYTES; anything else is refused with a message naming the file or the
value and what to do, and the plan is left as it was. No Qt: the report decodes.
"""

from __future__ import annotations

import base64
import re
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from smplanner.errors import UserError
from smplanner.messages import Message
from smplanner.services.changes import Changes, Edit, Topic, replacing
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.plan_properties_repo import read_setting, write_setting

SETTINGS_KEY = "report.branding"
MAX_LOGO_BYTES = 1_000_000
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")  # PNG, JPEG


class BrandingError(UserError, ValueError):
    """A colour or a logo the reports cannot use; the message says what to do."""


@dataclass(frozen=True)
class ReportBranding:
    """Colours as #RRGGBB ("" = the report's own); the logo as base64 ("" = none)."""

    colour: str = ""
    accent: str = ""
    logo: str = ""
    logo_name: str = ""

    @property
    def logo_bytes(self) -> bytes:
        return base64.b64decode(self.logo) if self.logo else b""


def branding(plan: PlanFile) -> ReportBranding:
    """The plan's brand (the report's own colours and no logo when never set)."""
    stored = read_setting(plan, SETTINGS_KEY, {}) or {}
    if not isinstance(stored, dict):
        return ReportBranding()
    return ReportBranding(
        **{k: str(v) for k, v in stored.items() if k in ReportBranding.__dataclass_fields__}
    )


def checked_colour(value: str, field: str) -> str:
    """``value`` as #RRGGBB in upper case ("" stays ""); BrandingError otherwise."""
    cleaned = value.strip()
    if cleaned and not cleaned.startswith("#"):
        cleaned = "#" + cleaned
    if cleaned and not _COLOUR.match(cleaned):
        raise BrandingError(
            Message(
                "The {field} colour '{value}' is not a colour: write it as #RRGGBB, for "
                "example #1F6FB2.",
                field=Message("main") if field == "colour" else Message("accent"),
                value=value,
            )
        )
    return cleaned.upper()


def logo_from_file(path: Path) -> tuple[str, str]:
    """(base64, file name) of a logo file; BrandingError when it cannot be one."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise BrandingError(
            Message(
                "{path}: the logo could not be read ({reason}).",
                path=str(path),
                reason=error.strerror or str(error),
            )
        ) from None
    if not data.startswith(_SIGNATURES):
        raise BrandingError(
            Message(
                "{path}: the logo is not a PNG or JPEG picture: save it as PNG and choose it "
                "again.",
                path=str(path),
            )
        )
    if len(data) > MAX_LOGO_BYTES:
        raise BrandingError(
            Message(
                "{path}: the logo is larger than 1 MB: save a smaller picture (a few hundred "
                "pixels wide is enough).",
                path=str(path),
            )
        )
    return base64.b64encode(data).decode("ascii"), path.name


def _write(plan: PlanFile, value: ReportBranding) -> Changes:
    write_setting(plan, SETTINGS_KEY, asdict(value))
    return Changes.of(Topic.PLAN_PROPERTIES)


def set_branding(
    plan: PlanFile,
    *,
    colour: str | None = None,
    accent: str | None = None,
    logo_file: Path | None = None,
    remove_logo: bool = False,
) -> Edit:
    """Change what is given (None: kept) as one undoable Edit; everything is checked
    before anything is written."""
    wanted = branding(plan)
    if colour is not None:
        wanted = replace(wanted, colour=checked_colour(colour, "colour"))
    if accent is not None:
        wanted = replace(wanted, accent=checked_colour(accent, "accent"))
    if remove_logo:
        wanted = replace(wanted, logo="", logo_name="")
    if logo_file is not None:
        logo, name = logo_from_file(logo_file)
        wanted = replace(wanted, logo=logo, logo_name=name)
    return replacing(lambda: branding(plan), lambda value: _write(plan, value), wanted)
