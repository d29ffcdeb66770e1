"""``/pollwatch polls export <poll> csv|json``: the results go to the moderator as a file (files_upload_v2's
three steps against the stand-in), and as text only when the upload fails."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

from bot.core import Pollwatch
from bot.permissions import OPERATOR
from tests.slack.conftest import MEMBER, MODERATOR, SignedSlack
from tests.slack.standin import SlackStandin, responses
from tests.slack.test_polls import first_question, start_poll
from tests.support import Clock, FeedServer


async def voted_poll(
    signed: SignedSlack, standin: SlackStandin, core: Pollwatch, feed_server: FeedServer
) -> int:
    poll = await start_poll(
        signed, standin, core, await first_question(core, feed_server), options=["=HYPERLINK(1)", "No"]
    )
    for i in range(3):
        await signed.click(f"UE{i}", poll.id, 0 if i else 1)
    await standin.wait_for("chat.postEphemeral", 3)
    standin.calls.clear()
    return poll.id


async def test_export_uploads_a_csv_file_to_the_moderator(
    signed: SignedSlack, standin: SlackStandin, core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    poll_id = await voted_poll(signed, standin, core, feed_server)
    answer = await signed.command(f"polls export {poll_id} csv", MODERATOR)
    assert answer.status == 200 and answer.text == ""
    [reply] = await standin.wait_for("response_url")
    assert (
        f"pollwatch-poll-{poll_id}.csv" in reply.params["text"] and "direct messages" in reply.params["text"]
    )
    # The upload's three steps, in order, into the moderator's DM with the app (an open poll's hidden
    # results never reach the channel).
    methods = standin.methods()
    assert methods.index("conversations.open") < methods.index("files.getUploadURLExternal")
    assert methods.index("files.getUploadURLExternal") < methods.index("upload")
    assert methods.index("upload") < methods.index("files.completeUploadExternal")
    [opened] = standin.of("conversations.open")
    assert opened.params["users"] == MODERATOR
    [url] = standin.of("files.getUploadURLExternal")
    assert url.params["filename"] == f"pollwatch-poll-{poll_id}.csv"
    [complete] = standin.of("files.completeUploadExternal")
    assert complete.params["channel_id"] == f"D{MODERATOR}"
    assert [f["title"] for f in complete.json("files")] == [f"Reader poll #{poll_id} results (CSV)"]
    assert standin.of("chat.postMessage") == []  # nothing in the channel
    [data] = standin.uploads.values()
    assert int(url.params["length"]) == len(data)
    text = data.decode("utf-8")
    now = datetime.fromtimestamp(clock.now, UTC)
    assert text == await core.polls.export(OPERATOR, poll_id, "csv", now=now)
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert "No" in cells
    assert not any(cell.startswith("=") for cell in cells)  # formula injection escaped


async def test_export_as_json(
    signed: SignedSlack, standin: SlackStandin, core: Pollwatch, feed_server: FeedServer
) -> None:
    poll_id = await voted_poll(signed, standin, core, feed_server)
    await signed.command(f"polls export {poll_id} json", MODERATOR)
    await standin.wait_for("files.completeUploadExternal")
    [data] = standin.uploads.values()
    exported = json.loads(data)
    assert json.dumps(exported)  # a real JSON document
    assert "No" in data.decode("utf-8")
    [url] = standin.of("files.getUploadURLExternal")
    assert url.params["filename"] == f"pollwatch-poll-{poll_id}.json"


async def test_a_failed_upload_falls_back_to_ephemeral_text(
    signed: SignedSlack, standin: SlackStandin, core: Pollwatch, feed_server: FeedServer
) -> None:
    poll_id = await voted_poll(signed, standin, core, feed_server)
    standin.fail("files.getUploadURLExternal", "not_allowed_token_type")
    await signed.command(f"polls export {poll_id} csv", MODERATOR)
    [reply] = await standin.wait_for("response_url")
    assert "could not upload" in reply.params["text"]
    shown = json.dumps(reply.json("blocks"))
    assert "```" in shown and "No" in shown
    assert standin.uploads == {}


async def test_members_cannot_export(
    signed: SignedSlack, standin: SlackStandin, core: Pollwatch, feed_server: FeedServer
) -> None:
    poll_id = await voted_poll(signed, standin, core, feed_server)
    await signed.command(f"polls export {poll_id} csv", MEMBER)
    await standin.wait_for("response_url")
    assert "only moderators" in responses(standin.calls)[0]
    assert standin.of("files.getUploadURLExternal") == [] and standin.uploads == {}
