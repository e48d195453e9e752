"""Edit > Accounts…: the client's accounts, their tokens (OS keyring) and online refresh."""
