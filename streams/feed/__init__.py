"""The dashboard feed: views of the indicators, events and alerts topics, served as
JSON, server-sent events and an HTML page."""
