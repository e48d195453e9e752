"""Rows of the strategy tables, read with plain SQL and written inside transactions.

The workshop is lists (personas, objectives, budget lines…) and single answers; every
list table shares the same shape (an id, a position, columns), so one small
repository serves them all. Column names come from TABLES only, never from callers'
strings, so no SQL is built from user input.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from smplanner.storage.plan_file import PlanFile

Row = dict[str, Any]

# table -> its columns other than the primary key and position
TABLES: dict[str, tuple[str, ...]] = {
    "audit_networks": ("network", "handle", "followers", "posts_per_week", "last_post", "active"),
    "budget_lines": ("kind", "label", "amount", "period"),
    "objectives": (
        "kind",
        "title",
        "audience",
        "network",
        "metric",
        "baseline",
        "target",
        "start",
        "deadline",
    ),
    "personas": (
        "name",
        "age_min",
        "age_max",
        "gender",
        "place",
        "occupation",
        "interests",
        "networks",
        "expectations",
        "frustrations",
        "quote",
    ),
    "competitors": ("name", "networks", "strengths"),
    "content_pillars": ("name", "kind", "share_percent"),
    "reply_templates": ("title", "text"),
    "objective_kpis": ("objective_id", "kpi", "denominator", "source", "review"),
}
NETWORK_CHOICE_COLUMNS = ("used", "role", "weekly_target")


def _columns(table: str) -> tuple[str, ...]:
    if table not in TABLES:
        raise KeyError(f"not a strategy list table: {table!r}")
    return TABLES[table]


def _dict_rows(plan: PlanFile, sql: str, params: tuple[Any, ...] = ()) -> list[Row]:
    cursor = plan.conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def has_strategy_tables(plan: PlanFile) -> bool:
    row = plan.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'strategy_fields'"
    ).fetchone()
    return row is not None


def list_rows(plan: PlanFile, table: str) -> list[Row]:
    """All rows of one list, in the user's order."""
    columns = _columns(table)
    return _dict_rows(
        plan, f"SELECT id, position, {', '.join(columns)} FROM {table} ORDER BY position, id"
    )


def get_row(plan: PlanFile, table: str, row_id: int) -> Row | None:
    columns = _columns(table)
    rows = _dict_rows(
        plan, f"SELECT id, position, {', '.join(columns)} FROM {table} WHERE id = ?", (row_id,)
    )
    return rows[0] if rows else None


def insert_row(plan: PlanFile, table: str, values: Row) -> int:
    """Add a row at the end of its list (or with the given id/position, for undo)."""
    columns = _columns(table)
    record = {k: v for k, v in values.items() if k in columns or k in ("id", "position")}
    with plan.transaction() as db:
        if "position" not in record:
            top = plan.conn.execute(f"SELECT MAX(position) FROM {table}").fetchone()[0]
            record["position"] = (top or 0) + 1
        t = db.table(table)
        t.insert(record)
        new_id = record.get("id", t.last_pk)
        assert new_id is not None
        return int(new_id)


def update_row(plan: PlanFile, table: str, row_id: int, values: Row) -> None:
    columns = _columns(table)
    record = {k: v for k, v in values.items() if k in columns or k == "position"}
    with plan.transaction() as db:
        db.table(table).update(row_id, record)


def set_order(plan: PlanFile, table: str, row_ids: list[int]) -> None:
    """Number the rows 1, 2, 3… in the order given (rows not named keep theirs)."""
    _columns(table)
    with plan.transaction() as db:
        for position, row_id in enumerate(row_ids, start=1):
            db.execute(f"UPDATE {table} SET position = ? WHERE id = ?", [position, row_id])


def delete_rows(plan: PlanFile, table: str, row_ids: list[int]) -> None:
    _columns(table)
    with plan.transaction() as db:
        for row_id in row_ids:
            db.table(table).delete(row_id)


def restore_rows(plan: PlanFile, rows_by_table: dict[str, list[Row]]) -> None:
    """Put back rows exactly as they were (ids and positions kept), in one transaction."""
    with plan.transaction() as db:
        for table, rows in rows_by_table.items():
            _columns(table)
            if rows:
                db.table(table).upsert_all(rows, pk="id")


def delete_objective(plan: PlanFile, objective_id: int) -> None:
    """Delete an objective with the KPIs that follow it."""
    with plan.transaction() as db:
        db.execute("DELETE FROM objective_kpis WHERE objective_id = ?", [objective_id])
        db.table("objectives").delete(objective_id)


def kpis_of(plan: PlanFile, objective_id: int) -> list[Row]:
    columns = _columns("objective_kpis")
    return _dict_rows(
        plan,
        f"SELECT id, position, {', '.join(columns)} FROM objective_kpis "
        "WHERE objective_id = ? ORDER BY position, id",
        (objective_id,),
    )


def read_fields(plan: PlanFile) -> dict[str, Any]:
    rows = plan.conn.execute("SELECT key, value FROM strategy_fields")
    return {key: json.loads(value) for key, value in rows}


def write_fields(plan: PlanFile, values: dict[str, Any]) -> None:
    """Store single answers; a value of None removes the answer."""
    with plan.transaction() as db:
        for key, value in values.items():
            if value is None:
                db.execute("DELETE FROM strategy_fields WHERE key = ?", [key])
            else:
                db.table("strategy_fields").upsert(
                    {"key": key, "value": json.dumps(value)}, pk="key"
                )


def network_choices(plan: PlanFile) -> list[Row]:
    return _dict_rows(plan, "SELECT network, used, role, weekly_target FROM network_choices")


def write_network_choice(plan: PlanFile, network: str, values: Row | None) -> None:
    """Set one network's choice; None removes it (the network is then simply unused)."""
    with plan.transaction() as db:
        if values is None:
            db.execute("DELETE FROM network_choices WHERE network = ?", [network])
        else:
            record = {k: v for k, v in values.items() if k in NETWORK_CHOICE_COLUMNS}
            db.table("network_choices").upsert({"network": network, **record}, pk="network")


def snapshot(plan: PlanFile) -> dict[str, list[Row]]:
    """Every strategy row, for undoing a change that touches many lists at once."""
    result = {table: list_rows(plan, table) for table in TABLES}
    result["network_choices"] = network_choices(plan)
    result["strategy_fields"] = _dict_rows(plan, "SELECT key, value FROM strategy_fields")
    return result


def replace_all(plan: PlanFile, data: dict[str, list[Row]]) -> None:
    """Make the strategy exactly ``data`` (a snapshot), in one transaction."""
    with plan.transaction() as db:
        # Children first, so that foreign keys hold at every statement.
        for table in ("objective_kpis", *[t for t in TABLES if t != "objective_kpis"]):
            db.execute(f"DELETE FROM {table}")
        db.execute("DELETE FROM network_choices")
        db.execute("DELETE FROM strategy_fields")
        for table in (*[t for t in TABLES if t != "objective_kpis"], "objective_kpis"):
            if data.get(table):
                db.table(table).insert_all(data[table])
        if data.get("network_choices"):
            db.table("network_choices").insert_all(data["network_choices"])
        if data.get("strategy_fields"):
            db.table("strategy_fields").insert_all(data["strategy_fields"])


IntegrityError = sqlite3.IntegrityError


def append_template(
    plan: PlanFile,
    objectives: list[Row],
    pillars: list[Row],
    networks: list[Row],
    fields: dict[str, Any],
) -> None:
    """A template's objectives and pillars after the plan's own, its network choices
    and its field answers, in one transaction (what to add is the caller's choice)."""
    with plan.transaction() as db:
        for table, rows in (("objectives", objectives), ("content_pillars", pillars)):
            top = plan.conn.execute(f"SELECT COALESCE(MAX(position), 0) FROM {table}").fetchone()[0]
            for offset, row in enumerate(rows, start=1):
                db.table(table).insert({**row, "position": top + offset})
        for choice in networks:
            db.table("network_choices").insert(choice)
        for key, value in fields.items():
            db.table("strategy_fields").upsert({"key": key, "value": json.dumps(value)}, pk="key")
