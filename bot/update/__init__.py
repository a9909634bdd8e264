"""The path of one update, from Telegram to the rows it changes (docs/update-path.md draws it).

- `inbox`, `webhook_receipt`: an update is stored before Telegram is told it arrived, and handled again
  by any process if the one handling it dies;
- `session`: one database session per update (on SQLite, one of a few places), closed at its end;
- `dialog_state`, `redis_state`: dialog state read once, in the update's transaction (or Redis), and the
  per-chat lock;
- `claim`: the person behind the update, a re-delivery skipped, the claim written last;
- `commit_first`: what the update wrote is committed before anything is shown.
"""
