"""Files other tools take: the calendar as iCalendar, written as a stream.

Above services/ (it reads the plan through them) and below cli/ and ui/; pure
text-building modules (ics_text, ics_timezone) beside the use cases that write files.
"""
