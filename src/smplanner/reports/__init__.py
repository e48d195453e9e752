"""PDF, iCalendar, CSV and JSON writers (QtGui allowed for the PDF only)."""
