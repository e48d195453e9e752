from pathlib import Path

from smplanner.ui.recent_files import MAX_RECENT, RecentFiles


def test_recent_plans_keep_ten_most_recent_first_without_duplicates(settings, tmp_path: Path):
    recent = RecentFiles(settings)
    for number in range(13):
        recent.add(tmp_path / f"{number}.smplan")
    recent.add(tmp_path / "5.smplan")
    paths = recent.paths()
    assert len(paths) == MAX_RECENT
    assert paths[0] == tmp_path / "5.smplan"
    assert paths.count(tmp_path / "5.smplan") == 1
    recent.remove(tmp_path / "5.smplan")
    assert tmp_path / "5.smplan" not in recent.paths()
    settings.sync()
    assert RecentFiles(settings).paths() == recent.paths()
