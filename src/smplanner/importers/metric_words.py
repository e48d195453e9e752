"""The metrics' names as a person reads them, for the notes and messages of the core
(an import's notes, shown by the window and the command line alike, translated there).

The window's Statistics tab names metrics with these same words
(ui/statistics/metric_names.py renders them), and a note never shows an id
("lu comme new_followers"). A metric without a name here reads as its id's words.
"""

from __future__ import annotations

from smplanner.messages import Message

NAMES: dict[str, Message] = {
    "impressions": Message("impressions"),
    "views": Message("views"),
    "video_views": Message("video views"),
    "reach": Message("reach"),
    "likes": Message("likes"),
    "reactions": Message("reactions"),
    "comments": Message("comments"),
    "shares": Message("shares"),
    "saves": Message("saves"),
    "clicks": Message("clicks"),
    "link_clicks": Message("link clicks"),
    "engagements": Message("engagements"),
    "interactions": Message("interactions"),
    "followers": Message("followers"),
    "new_followers": Message("new followers"),
    "followers_change": Message("follower change"),
    "unfollows": Message("unfollows"),
    "profile_views": Message("profile views"),
    "page_views": Message("page views"),
    "unique_visitors": Message("unique visitors"),
    "viewers": Message("viewers"),
    "new_viewers": Message("new viewers"),
    "returning_viewers": Message("returning viewers"),
    "watch_time_seconds": Message("watch time (s)"),
    "average_watch_seconds": Message("average watch time (s)"),
    "completion_rate": Message("completion rate"),
    "leads": Message("leads"),
    "applications": Message("applications"),
    "sales": Message("sales"),
}


def metric_words(metric: str) -> Message | str:
    """The metric as a note names it: its translated name, else its id's words."""
    base, _, part = metric.rpartition("_")
    if part == "organic" and base in NAMES:
        return Message("{metric} (organic)", metric=NAMES[base])
    if part == "sponsored" and base in NAMES:
        return Message("{metric} (sponsored)", metric=NAMES[base])
    return NAMES.get(metric, metric.replace("_", " "))
