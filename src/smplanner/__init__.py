"""smplanner: social-media strategy, editorial calendar and statistics, one file per client."""

__version__ = "0.1.0"
APP_NAME = "smplanner"
