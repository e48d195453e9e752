"""Every reason the workshop gives for refusing a value, for the translators.

The domain raises StrategyValueError with an English template and {named} values;
here each template is listed literally (so lupdate extracts it) and translated at
display time. A test checks that this list and the domain's templates stay the same.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from smplanner.domain.strategy_validation import StrategyValueError
from smplanner.texts.money import format_number

TEMPLATES = (
    QT_TRANSLATE_NOOP("StrategyRefusal", "“{value}” is not a number: type digits."),
    QT_TRANSLATE_NOOP("StrategyRefusal", "A negative value makes no sense here: type 0 or more."),
    QT_TRANSLATE_NOOP("StrategyRefusal", "{number} % is more than the whole: type 0 to 100."),
    QT_TRANSLATE_NOOP("StrategyRefusal", "A week has {hours} hours: type fewer."),
    QT_TRANSLATE_NOOP("StrategyRefusal", "“{value}” is not a date: use the form 2026-03-31."),
    QT_TRANSLATE_NOOP(
        "StrategyRefusal", "A pillar cannot take {number} % of the posts: type 0 to 100."
    ),
    QT_TRANSLATE_NOOP("StrategyRefusal", "{number} is not a person's age."),
    QT_TRANSLATE_NOOP(
        "StrategyRefusal",
        "The age range {low}–{high} is upside down: the first age must be the lower.",
    ),
    QT_TRANSLATE_NOOP("StrategyRefusal", "This line no longer exists (it was deleted)."),
)


def refusal_text(error: StrategyValueError) -> str:
    """The reason in the UI language, numbers formatted for the UI locale."""
    template = QCoreApplication.translate("StrategyRefusal", error.template)
    return error.message(template, format_number=format_number)
