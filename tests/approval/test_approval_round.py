"""The approval round without a browser: the page written, the round kept, the answers
file checked (plan, round, posts, size, decisions) and applied in one undo step, with
the posts changed since sending as conflicts."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from smplanner.approval.send import period_label, send_for_approval
from smplanner.domain.approval_answers import CHANGED, GONE, AnswersFileError
from smplanner.domain.post_refs import PostDraft
from smplanner.services import approval_rounds, calendar_edits, calendar_posts, calendar_queries
from smplanner.storage.calendar_rows import post_as_draft
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.plan_properties_repo import plan_uuid

PARIS = ZoneInfo("Europe/Paris")
HOSTILE = '</script><script>window.pwned=1</script><img src="https://evil.example/x.png">'


def _posts(plan: PlanFile, tmp_path: Path) -> list[int]:
    photo = tmp_path / "galette.png"
    # A real 1x1 PNG, embedded in the page as a data URI.
    photo.write_bytes(
        bytes.fromhex(
            "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
            "0000000d4944415478da63f8cfc0f01f0005000201a5b1e5a30000000049454e44ae426082"
        )
    )
    ids, _ = calendar_posts.create_posts(
        plan,
        [
            PostDraft(
                "instagram",
                "La galette est là !",
                "Galette",
                "draft",
                datetime(2027, 1, 6, 10, tzinfo=PARIS),
                media=(str(photo),),
            ),
            PostDraft(
                "facebook", HOSTILE, "Piège", "draft", datetime(2027, 1, 8, 12, tzinfo=PARIS)
            ),
            PostDraft(
                "linkedin",
                "Nous recrutons",
                "Recrutement",
                "ready",
                datetime(2027, 1, 20, 9, tzinfo=PARIS),
                media=("absent.mp4",),
            ),
            PostDraft(
                "x", "Déjà validé", "Validé", "approved", datetime(2027, 1, 21, 9, tzinfo=PARIS)
            ),
            PostDraft(
                "x", "Février", "Hors période", "draft", datetime(2027, 2, 1, 9, tzinfo=PARIS)
            ),
        ],
    )
    return ids


def _answers(
    plan: PlanFile,
    round_id: str,
    items: list[dict[str, object]],
    extra: dict[str, object] | None = None,
) -> bytes:
    document = {
        "format": "smplanner-approval-answers",
        "version": 1,
        "plan_id": plan_uuid(plan),
        "round_id": round_id,
        "answered_at": "2027-01-03T10:00:00Z",
        "answers": items,
    }
    document.update(extra or {})
    return json.dumps(document).encode()


def _status(plan: PlanFile, post_id: int) -> tuple[str, str]:
    [post] = calendar_queries.posts_by_id(plan, [post_id])
    return post.status, post.client_comment


def test_sending_writes_one_inert_page_and_marks_the_posts_to_approve(
    plan: PlanFile, tmp_path: Path
) -> None:
    galette, trap, hiring, approved, february = _posts(plan, tmp_path)
    page = tmp_path / "validation.html"
    edit = send_for_approval(plan, date(2027, 1, 1), date(2027, 2, 1), page)
    assert set(edit.value.fingerprints) == {galette, trap, hiring}
    assert [_status(plan, i)[0] for i in (galette, trap, hiring, approved, february)] == [
        "to_approve",
        "to_approve",
        "to_approve",
        "approved",
        "draft",
    ]
    html = page.read_text("utf-8")
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    # Nothing to fetch: no src/href pointing anywhere, the photo inline.
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", html)
    assert "data:image/png;base64," in html
    assert "absent.mp4" in html  # named, not embedded
    # The hostile text cannot close the data block: only the page's two scripts.
    assert html.count("</script>") == 2 and "window.pwned=1" in html
    assert "\\u003c/script\\u003e" in html
    edit.undo()
    assert _status(plan, galette)[0] == "draft"
    assert approval_rounds.sent_rounds(plan) == {}


def test_the_answers_are_applied_in_one_step_and_changed_posts_are_conflicts(
    plan: PlanFile, tmp_path: Path
) -> None:
    galette, trap, hiring, _approved, _feb = _posts(plan, tmp_path)
    sent = send_for_approval(plan, date(2027, 1, 1), date(2027, 2, 1), tmp_path / "p.html").value
    # The manager rewrites the LinkedIn post after sending: the client saw another text.
    [post] = calendar_queries.posts_by_id(plan, [hiring])
    calendar_posts.update_post(
        plan, hiring, replace(post_as_draft(post), text="Nous recrutons 2 boulangers")
    )
    data = _answers(
        plan,
        sent.round_id,
        [
            {"post_id": galette, "decision": "approved", "comment": ""},
            {
                "post_id": trap,
                "decision": "changes_requested",
                "comment": "Texte bizarre\u202e, à refaire",
            },
            {"post_id": hiring, "decision": "approved"},
        ],
    )
    edit = approval_rounds.apply_answers(plan, data)
    summary = edit.value
    assert summary.count("apply") == 2 and summary.count(CHANGED) == 1
    assert _status(plan, galette) == ("approved", "")
    assert _status(plan, trap) == ("changes_requested", "Texte bizarre, à refaire")  # no bidi trick
    assert _status(plan, hiring)[0] == "to_approve"  # the conflict is not applied
    edit.undo()
    assert _status(plan, galette)[0] == _status(plan, trap)[0] == "to_approve"
    edit.redo()
    assert _status(plan, galette)[0] == "approved"
    # The same file again: nothing more to do, no second undo step.
    assert approval_rounds.apply_answers(plan, data).changed_nothing
    calendar_edits.delete(plan, [galette])
    assert approval_rounds.check_answers(plan, data).count(GONE) == 1


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"plan_id": "another"}, "another plan"),
        ({"round_id": "0" * 32}, "did not send"),
        ({"format": "something-else"}, "not an approval answers file"),
        ({"version": 9}, "version 9"),
        ({"answers": [{"post_id": 99999, "decision": "approved"}]}, "did not send"),
        ({"answers": [{"post_id": "1", "decision": "approved"}]}, "no post id"),
        ({"answers": "all good"}, "no list of answers"),
    ],
)
def test_an_answers_file_that_does_not_fit_is_refused_whole(
    plan: PlanFile, tmp_path: Path, change: dict[str, object], message: str
) -> None:
    ids = _posts(plan, tmp_path)
    sent = send_for_approval(plan, date(2027, 1, 1), date(2027, 2, 1), tmp_path / "p.html").value
    good = [{"post_id": ids[0], "decision": "approved"}]
    data = _answers(plan, sent.round_id, good, change)
    with pytest.raises(AnswersFileError, match=message):
        approval_rounds.apply_answers(plan, data)
    assert _status(plan, ids[0])[0] == "to_approve"  # nothing half-applied


def test_bad_decisions_duplicates_size_and_garbage_are_refused(
    plan: PlanFile, tmp_path: Path
) -> None:
    ids = _posts(plan, tmp_path)
    sent = send_for_approval(plan, date(2027, 1, 1), date(2027, 2, 1), tmp_path / "p.html").value
    twice = [{"post_id": ids[0], "decision": "approved"}] * 2
    with pytest.raises(AnswersFileError, match="answered twice"):
        approval_rounds.check_answers(plan, _answers(plan, sent.round_id, twice))
    odd = [{"post_id": ids[0], "decision": "publish now"}]
    with pytest.raises(AnswersFileError, match="'publish now' is not a decision"):
        approval_rounds.check_answers(plan, _answers(plan, sent.round_id, odd))
    with pytest.raises(AnswersFileError, match="at most 1000000"):
        approval_rounds.check_answers(plan, b" " * 1_000_001)
    with pytest.raises(AnswersFileError, match="not JSON"):
        approval_rounds.check_answers(plan, b"\x89PNG\r\n")


def test_the_period_reads_as_the_client_reads_it() -> None:
    assert period_label(date(2027, 3, 1), date(2027, 4, 1), "fr") == "mars 2027"
    assert period_label(date(2027, 3, 1), date(2027, 4, 1), "en") == "March 2027"
    assert (
        period_label(date(2027, 3, 1), date(2027, 3, 16), "fr")
        == "la période du 01/03/2027 au 15/03/2027"
    )


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "smplanner", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_the_command_line_sends_and_imports(
    plan: PlanFile, plan_path: Path, tmp_path: Path
) -> None:
    ids = _posts(plan, tmp_path)
    plan_id = plan_uuid(plan)
    plan.close()
    page = tmp_path / "janvier.html"
    sent = _cli("send-for-approval", str(plan_path), "--month", "2027-01", "-o", str(page))
    assert sent.returncode == 0, sent.stderr
    assert "3 post(s) to approve" in sent.stdout
    round_id = re.search(r'"round_id": "(\w+)"', page.read_text("utf-8")).group(1)
    answers = tmp_path / "answers.json"
    answers.write_text(
        json.dumps(
            {
                "format": "smplanner-approval-answers",
                "version": 1,
                "plan_id": plan_id,
                "round_id": round_id,
                "answers": [
                    {"post_id": ids[0], "decision": "approved"},
                    {"post_id": ids[1], "decision": "changes_requested", "comment": "Plus court"},
                ],
            }
        )
    )
    dry = _cli("import-answers", str(plan_path), str(answers), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout)["stored"] is False
    done = _cli("import-answers", str(plan_path), str(answers))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("1 approved, 1 with changes requested (applied)")
    assert f"post {ids[1]}: “Plus court”" in done.stdout
    answers.write_text("{not json")
    bad = _cli("import-answers", str(plan_path), str(answers))
    assert (
        bad.returncode == 1
        and "not an answers file" in bad.stderr
        and "Traceback" not in bad.stderr
    )
    usage = _cli("send-for-approval", str(plan_path), "-o", str(page))
    assert usage.returncode == 2
