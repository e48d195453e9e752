"""The client's approval, offline: one self-contained HTML page to send, and the
answers file it gives back (read in domain/approval_answers.py, applied by
services/approval_rounds.py)."""
