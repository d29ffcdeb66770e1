"""pollwatch: the platform-neutral core of a reading-and-discussion bot for Discord and Slack."""

__version__ = "0.1.0"
