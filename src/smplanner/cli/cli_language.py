"""The command line speaks the user's language, like the window: `--lang fr|en`, else
the locale (LC_ALL, LC_MESSAGES, LANG), with that language's number formats.

The French texts are the window's own Qt translations (.qm), loaded on a
QCoreApplication (no window, no display needed), so the command line and the window
never word the same thing two ways.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterable

_app: object = None  # the QCoreApplication, kept alive for the translators


def add_lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=["fr", "en"],
        help="language of the output (default: the locale, e.g. LANG=fr_FR.UTF-8)",
    )


def locale_language(environ: dict[str, str] | None = None) -> str:
    """ "fr" when the locale asks for French, else "en" (POSIX order of precedence)."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def start_language(override: str | None) -> str:
    """Load the translations for ``--lang`` or the locale; return the language."""
    global _app
    language = override if override in ("fr", "en") else locale_language()
    from PySide6.QtCore import QCoreApplication

    from smplanner.texts.translators import install_translators

    app = QCoreApplication.instance() or QCoreApplication(["smplanner"])
    _app = app
    install_translators(app, language)
    return language


def command_line_language(argv: list[str]) -> str | None:
    """The ``--lang`` of a command line not parsed yet (its --help is written before
    argparse has read it), or None."""
    for index, word in enumerate(argv):
        if word == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if word.startswith("--lang="):
            return word.partition("=")[2]
    return None


class _TranslatedUsage(argparse.HelpFormatter):
    """argparse's help with the "usage: " it writes itself in the interface's language."""

    def __init__(self, prog: str, usage_prefix: str) -> None:
        super().__init__(prog)
        self._usage_prefix = usage_prefix

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, self._usage_prefix if prefix is None else prefix)


def translate_parser_chrome(parser: argparse.ArgumentParser) -> None:
    """argparse's own words (usage, the option lists' titles, -h's help) in the
    interface's language: Python ships no French catalogue for them."""
    from PySide6.QtCore import QCoreApplication

    usage = QCoreApplication.translate("CommandLine", "usage: ")
    # The commands' parsers use argparse's own formatter, which this one extends.
    assert parser.formatter_class is argparse.HelpFormatter

    def formatter(*, prog: str) -> argparse.HelpFormatter:
        return _TranslatedUsage(prog, usage)

    parser.formatter_class = formatter
    parser._positionals.title = QCoreApplication.translate("CommandLine", "positional arguments")
    parser._optionals.title = QCoreApplication.translate("CommandLine", "options")
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            action.help = QCoreApplication.translate(
                "CommandLine", "show this help message and exit"
            )
