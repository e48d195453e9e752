"""The Strategy tab: the guided strategy workshop."""
