"""Optional online refresh of statistics from the networks' official APIs.

Nothing here runs unless the user asks for a refresh: the app works offline.
"""
