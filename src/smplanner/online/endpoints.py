"""Where the APIs live. Configurable so that tests use a local server, and so that a
new Graph API version needs no release: SMPLANNER_META_GRAPH_URL,
SMPLANNER_META_GRAPH_VERSION, SMPLANNER_YOUTUBE_ANALYTICS_URL, SMPLANNER_YOUTUBE_DATA_URL.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Endpoints:
    meta_graph: str = "https://graph.facebook.com"
    # v25.0 is the current version (2026-02); the Graph API keeps each for ~2 years.
    meta_graph_version: str = "v25.0"
    youtube_analytics: str = "https://youtubeanalytics.googleapis.com"
    youtube_data: str = "https://www.googleapis.com/youtube/v3"

    @classmethod
    def from_environment(cls) -> Endpoints:
        """The defaults, each overridable by its environment variable."""
        default = cls()
        return cls(
            meta_graph=os.environ.get("SMPLANNER_META_GRAPH_URL", default.meta_graph),
            meta_graph_version=os.environ.get(
                "SMPLANNER_META_GRAPH_VERSION", default.meta_graph_version
            ),
            youtube_analytics=os.environ.get(
                "SMPLANNER_YOUTUBE_ANALYTICS_URL", default.youtube_analytics
            ),
            youtube_data=os.environ.get("SMPLANNER_YOUTUBE_DATA_URL", default.youtube_data),
        )
