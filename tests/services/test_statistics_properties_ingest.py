"""Property-based tests of storing: any sequence of imports, overlapping or not.

``ingest`` takes a plain INSERT when a batch is provably new and the upsert
otherwise (see services/statistics_ingest.py); whichever path it takes, the plan
must end up as a simple model says: one row per (network, post id), figures merged
import after import, counts reported right, and undoing the last import puts back
exactly what was there before it.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smplanner.domain.plan_properties import PlanProperties
from smplanner.domain.stat_records import StatPost
from smplanner.services.statistics_ingest import ingest, undo_import
from smplanner.storage.plan_file import PlanFile, create_plan
from tests.importers.test_statistics_properties_malformed import EXAMPLES, stat_contents

STORING = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

POSTS = st.builds(
    StatPost,
    network=st.sampled_from(["x", "tiktok"]),
    account=st.sampled_from(["", "boulangerie"]),
    # Few ids, so that batches repeat posts, overlap earlier ones, or miss them.
    external_id=st.integers(1, 40).map(lambda number: f"{number:06d}"),
    link=st.none() | st.just("https://example.org/p"),
    published_at=st.none()
    | st.integers(0, 10_000).map(
        lambda minutes: datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=minutes)
    ),
    metrics=st.dictionaries(
        st.sampled_from(["likes", "views", "shares"]), st.integers(0, 99).map(float)
    ),
)
BATCHES = st.lists(st.lists(POSTS, max_size=12), min_size=1, max_size=4)
_numbers = itertools.count()


def fresh_plan(folder: Path) -> PlanFile:
    path = folder / f"ingest{next(_numbers)}.smplan"
    return create_plan(path, PlanProperties(client_name="Ingest", sector="bakery_food"))


@STORING
@given(batches=BATCHES)
def test_any_sequence_of_imports_stores_what_the_model_says_and_undoes_exactly(tmp_path, batches):
    plan = fresh_plan(tmp_path)
    try:
        model: dict[tuple[str, str], dict[str, float]] = {}
        before_last = stat_contents(plan)
        last_id = None
        for batch in batches:
            before_last = stat_contents(plan)
            keys = {(post.network, post.external_id) for post in batch}
            new = keys - model.keys()
            result = ingest(plan, source_label="batch", source_kind="test", posts=batch)
            last_id = result.import_id
            for post in batch:
                model.setdefault((post.network, post.external_id), {}).update(post.metrics)
            assert result.posts_added == len(new)
            assert result.posts_added + result.posts_updated + result.posts_unchanged == len(keys)
        stored = {
            (network, external_id): metrics
            for network, external_id, metrics in plan.conn.execute(
                "SELECT network, external_id, metrics FROM stat_posts"
            )
        }
        assert stored.keys() == model.keys()
        for key, metrics in model.items():
            assert _figures(stored[key]) == metrics
        assert last_id is not None
        undo_import(plan, last_id)
        assert stat_contents(plan) == before_last
    finally:
        plan.close()


def _figures(text: str) -> dict[str, float]:
    import json

    return {key: float(value) for key, value in json.loads(text).items()}
