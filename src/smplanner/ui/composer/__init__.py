"""The post composer's parts: live counters against each network's limits, previews."""
