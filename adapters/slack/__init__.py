"""The Slack adapter (slack-bolt ``AsyncApp``): digests, feed admin and reader polls in Slack.

server.py    SlackService: builds everything, runs Socket Mode or HTTP mode, stops cleanly
app.py       the AsyncApp: /pollwatch, vote buttons, the poll modal
commands.py  /pollwatch text -> typed requests (pure)
feeds.py     feed subcommands -> core.feeds
polls.py     poll flow: questions, modal, start, votes, close, export
modal.py     the poll form, built and read back with field errors (pure)
summary.py   /pollwatch summary <url>
roles.py     Slack users -> Actor roles (users.info, configured ids, a user group)
blocks.py    Block Kit for digests, bundles, polls and results (pure)
adapter.py   SlackAdapter: the outbox's ChatAdapter, 429 waits, channel errors
"""
