"""One module per group of report sections; see reports/report_sections.py."""
