"""The approval round trip in a real browser: headless Chromium (Debian's chromium and
chromium-driver, driven by Selenium) opens the page from disk, the client approves
one post and asks for changes on another, downloads the answers, and the plan takes
them. The page loads nothing from outside, and a hostile post text stays text."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from smplanner.approval.send import send_for_approval
from smplanner.domain.post_refs import PostDraft
from smplanner.services import approval_rounds, calendar_posts, calendar_queries
from smplanner.storage.plan_file import PlanFile

webdriver = pytest.importorskip("selenium.webdriver")
CHROMIUM = shutil.which("chromium")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER), reason="needs Debian's chromium and chromium-driver (apt)"
)
PARIS = ZoneInfo("Europe/Paris")
HOSTILE = '<img src=x onerror="window.pwned=1"></script><script>window.pwned=2</script>'


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[object]:
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path / "downloads"
    downloads.mkdir()
    options = Options()
    options.binary_location = CHROMIUM  # type: ignore[assignment]
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1366,768",
    ):
        options.add_argument(flag)
    options.add_experimental_option(
        "prefs",
        {"download.default_directory": str(downloads), "download.prompt_for_download": False},
    )
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.downloads = downloads  # type: ignore[attr-defined]
    try:
        yield driver
    finally:
        driver.quit()


def _click(browser, element) -> None:  # type: ignore[no-untyped-def]
    """Scroll the button to the middle of the window, as a reader does, then click."""
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def _wait_for(path_glob: Path, pattern: str, timeout: float = 20.0) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = [p for p in path_glob.glob(pattern) if not p.name.endswith(".crdownload")]
        if done:
            return done[0]
        time.sleep(0.1)  # a file written by another process: nothing to wait on but the disk
    raise AssertionError(f"no {pattern} in {path_glob}")


def test_a_client_answers_in_chromium_and_the_plan_takes_the_answers(
    plan: PlanFile, tmp_path: Path, browser
) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    ids, _ = calendar_posts.create_posts(
        plan,
        [
            PostDraft(
                "instagram",
                "La galette est là",
                "Galette",
                "draft",
                datetime(2027, 1, 6, 10, tzinfo=PARIS),
            ),
            PostDraft(
                "facebook", HOSTILE, "Piège", "draft", datetime(2027, 1, 8, 12, tzinfo=PARIS)
            ),
            PostDraft(
                "linkedin",
                "Nous recrutons",
                "Recrutement",
                "draft",
                datetime(2027, 1, 20, 9, tzinfo=PARIS),
            ),
        ],
    )
    page = tmp_path / "validation.html"
    send_for_approval(plan, date(2027, 1, 1), date(2027, 2, 1), page)
    browser.get(page.as_uri())
    cards = browser.find_elements(By.CSS_SELECTOR, "article.post")
    assert [c.get_attribute("data-post-id") for c in cards] == [str(i) for i in ids]
    # The hostile text is shown as text, and nothing ran.
    assert cards[1].find_element(By.CSS_SELECTOR, ".text").text == HOSTILE
    assert browser.execute_script("return window.pwned === undefined")
    assert browser.find_element(By.ID, "title").text.startswith("Publications à valider")

    _click(browser, cards[0].find_element(By.CSS_SELECTOR, "button.approve"))
    # Asking for changes without saying what is refused on the page.
    _click(browser, cards[1].find_element(By.CSS_SELECTOR, "button.request"))
    assert "Indiquez" in cards[1].find_element(By.CSS_SELECTOR, ".hint").text
    cards[1].find_element(By.CSS_SELECTOR, "textarea").send_keys("Texte à refaire, plus court")
    _click(browser, cards[1].find_element(By.CSS_SELECTOR, "button.request"))
    assert "Modifications demandées" in cards[1].find_element(By.CSS_SELECTOR, ".state").text
    assert "2 publication(s) sur 3" in browser.find_element(By.ID, "progress").text
    _click(browser, browser.find_element(By.ID, "download"))
    answers = _wait_for(browser.downloads, "answers-*.json")

    # Nothing was fetched: the only resources are the page itself and data: URIs.
    fetched = browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
    )
    assert [u for u in fetched if not u.startswith(("data:", "blob:"))] == []

    edit = approval_rounds.apply_answers(plan, answers.read_bytes())
    assert edit.value.count("apply") == 2
    statuses = {p.id: (p.status, p.client_comment) for p in calendar_queries.posts_by_id(plan, ids)}
    assert statuses == {
        ids[0]: ("approved", ""),
        ids[1]: ("changes_requested", "Texte à refaire, plus court"),
        ids[2]: ("to_approve", ""),
    }


def test_the_answers_survive_a_reload_of_the_page(plan: PlanFile, tmp_path: Path, browser) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    calendar_posts.create_posts(
        plan, [PostDraft("instagram", "Un", "Un", "draft", datetime(2027, 1, 6, 10, tzinfo=PARIS))]
    )
    page = tmp_path / "p.html"
    send_for_approval(plan, date(2027, 1, 1), date(2027, 2, 1), page)
    browser.get(page.as_uri())
    from selenium.webdriver.support.ui import WebDriverWait

    _click(browser, browser.find_element(By.CSS_SELECTOR, "button.approve"))

    def approved(driver) -> bool:  # type: ignore[no-untyped-def]
        return driver.find_element(By.CSS_SELECTOR, ".state").text == "Validé"

    WebDriverWait(browser, 10).until(approved)
    browser.refresh()
    WebDriverWait(browser, 10).until(approved)
