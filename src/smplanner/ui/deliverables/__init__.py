"""Deliverables: report, presentation mode, exports, imports and templates (issue 7)."""
