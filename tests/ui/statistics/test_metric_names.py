"""The Statistics tab names a metric with the words an import's notes use."""

from __future__ import annotations

import pytest

from smplanner.importers.metric_words import NAMES
from smplanner.ui.statistics.metric_names import metric_name, metric_order


def test_in_french_the_window_reads_the_notes_words(french_ui) -> None:  # type: ignore[no-untyped-def]
    assert metric_name("new_followers") == "nouveaux abonnés"
    assert metric_name("watch_time_seconds") == "durée de visionnage (s)"
    assert metric_name("reach_organic") == "portée (organique)"
    assert metric_name("story_exits") == "story exits"  # no name: its id's words


@pytest.mark.usefixtures("qapp")
def test_in_english_every_named_metric_reads_as_its_note_words() -> None:
    from PySide6.QtWidgets import QApplication

    from smplanner.ui.i18n import install_translators

    install_translators(QApplication.instance(), "en")
    for metric, words in NAMES.items():
        assert metric_name(metric) == str(words)
    assert metric_name("impressions_sponsored") == "impressions (sponsored)"
    # The most useful come first, the rest by their name.
    ordered = sorted(["sales", "reach", "followers", "leads"], key=metric_order)
    assert ordered == ["followers", "reach", "leads", "sales"]
