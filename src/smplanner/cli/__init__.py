"""The command line: the window's options and the scripting subcommands (no Qt)."""
