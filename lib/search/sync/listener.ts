// Wakes the search worker the moment an outbox row is committed, by any process: a listing write
// sends NOTIFY search_outbox in its own transaction (mutations.ts), and PostgreSQL
// delivers it only on commit, exactly when the row becomes visible. One dedicated connection
// LISTENs (lib/platform/notify-listener.ts); if it is lost, the worker's poll carries on alone until it is back.
import "server-only";
import { directDatabaseUrl, listenForNotifications, type NotifyListener } from "@/lib/platform/notify-listener";

export const SEARCH_OUTBOX_CHANNEL = "search_outbox";

export type OutboxListener = NotifyListener;

/**
 * Calls `onChange` for every notification, and once after each (re)connection, since changes
 * committed while it was disconnected sent notifications nobody heard.
 */
export function listenForOutboxChanges(onChange: () => void, connectionString = directDatabaseUrl()): OutboxListener {
  return listenForNotifications(
    {
      channel: SEARCH_OUTBOX_CHANNEL,
      applicationName: "search-outbox-listener",
      lostMessage: "Search: lost the outbox notification connection",
      restoredMessage: "Search: outbox notifications restored.",
      meanwhile: "polling until it is back",
      connectionString,
    },
    onChange,
  );
}
