"""Running pollwatch as a service: the operations endpoint, metrics, structured logs and status lines.

Core code: it knows nothing about Discord or Slack; the runtime hands it what it needs to know about them.
"""
